// What `disclose verify` prints for a report, made in memory.
#include "audit/verify.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

using Lines = std::vector<std::string>;

VerifyReport Report() {
  VerifyReport r;
  r.head = "cf40a644c7c97fdf52c328370cf5128bc5e55076";
  r.shown = r.head;
  r.summary = "public is publication cf40a644c7";
  r.objects = 699;
  return r;
}

TEST(VerifyTest, AVerifiedReportIsOneLineAndNothingWhenQuiet) {
  const VerifyReport r = Report();
  EXPECT_TRUE(Verified(r));
  EXPECT_EQ(VerifyLines(r, false),
            Lines{"verified: public is publication cf40a644c7; last "
                  "publication cf40a644c7, 699 objects read: 0 problems"});
  EXPECT_EQ(VerifyLines(r, true), Lines{});
}

TEST(VerifyTest, ProblemsComeFirstAndStayWhenQuietNotesDoNot) {
  VerifyReport r = Report();
  r.problems = {"public/: changed: index.html", "git left a lock file: x"};
  r.notes = {"left by an interrupted publication: y"};
  EXPECT_FALSE(Verified(r));
  EXPECT_EQ(VerifyLines(r, false),
            (Lines{"verify: public/: changed: index.html",
                   "verify: git left a lock file: x",
                   "verify: note: left by an interrupted publication: y",
                   "FAILED: public is publication cf40a644c7; last "
                   "publication cf40a644c7, 699 objects read: 2 problems"}));
  EXPECT_EQ(VerifyLines(r, true), (Lines{"verify: public/: changed: index.html",
                                         "verify: git left a lock file: x"}));
}

TEST(VerifyTest, NoPublicationIsNamedNone) {
  VerifyReport r;
  r.summary = "nothing is published yet";
  EXPECT_EQ(VerifyLines(r, false),
            Lines{"verified: nothing is published yet; last publication "
                  "(none), 0 objects read: 0 problems"});
}

}  // namespace
}  // namespace disclose
