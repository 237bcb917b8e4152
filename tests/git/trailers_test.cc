// MessageTrailers reads trailers as git does: the same answer as
// `git interpret-trailers --parse` on messages nobody here would write.
#include "git/trailers.h"

#include <gtest/gtest.h>

#include <string>

#include "git/git_trailers.h"

namespace disclose {
namespace {

using testing::GitTrailers;
using testing::Trailers;

void ExpectAsGit(const std::string& message, const Trailers& expected) {
  EXPECT_EQ(GitTrailers(message), expected) << message;
  EXPECT_EQ(MessageTrailers(message), expected) << message;
}

TEST(TrailersTest, ReadsTheFinalParagraph) {
  ExpectAsGit("s\n\nbody\n\nDisclose-Added: A\nDisclose-Documents: 2\n",
              {{"Disclose-Added", "A"}, {"Disclose-Documents", "2"}});
}

TEST(TrailersTest, IgnoresLinesOutsideTheFinalParagraph) {
  ExpectAsGit("s\n\nDisclose-Withdrawn: X\n\nbody text\n", {});
  ExpectAsGit("s\n\nDisclose-Withdrawn: X\n\nDisclose-Added: A\n",
              {{"Disclose-Added", "A"}});
  ExpectAsGit("s\n\nDisclose-Withdrawn: X\nnot a trailer\n", {});
}

TEST(TrailersTest, TheSubjectIsNeverATrailer) {
  ExpectAsGit("Disclose-Withdrawn: X\n", {});
  ExpectAsGit("Disclose-Withdrawn: X\n\n\nDisclose-Documents: 1\n",
              {{"Disclose-Documents", "1"}});
}

TEST(TrailersTest, ADividerEndsTheMessage) {
  ExpectAsGit("s\n\nbody\n---\nDisclose-Added: A\n", {});
  ExpectAsGit("s\n\nbody\n\nDisclose-Added: A\n--- \nDisclose-Added: B\n",
              {{"Disclose-Added", "A"}});
  // Without white space after it, "---" is an ordinary line (libgit2
  // 1.5.1 alone would stop there and see a block git does not).
  ExpectAsGit("s\n\nDisclose-Added: A\n---x\n", {});
  ExpectAsGit("s\n\nDisclose-Withdrawn: X\n---x\nbody\n", {});
  ExpectAsGit("---x\n\nbody\n---y\n\nDisclose-Added: A\n---z: B\n",
              {{"Disclose-Added", "A"}, {"---z", "B"}});
}

TEST(TrailersTest, JoinsContinuationLines) {
  ExpectAsGit("s\n\nDisclose-Added: A\n  and B\nDisclose-Documents: 2\n",
              {{"Disclose-Added", "A and B"}, {"Disclose-Documents", "2"}});
}

TEST(TrailersTest, CommentLinesAreSkipped) {
  ExpectAsGit("s\n\nbody\n\nDisclose-Added: A\n# Disclose-Added: B\n",
              {{"Disclose-Added", "A"}});
  ExpectAsGit("s\n\nbody\n\nDisclose-Added: A\n\n# note\n",
              {{"Disclose-Added", "A"}});
}

TEST(TrailersTest, ABlockWithAGitTrailerMayHoldOtherLines) {
  ExpectAsGit(
      "s\n\nSigned-off-by: A <a@b>\nsome text\nmore text\nDisclose-Added: X\n",
      {{"Signed-off-by", "A <a@b>"}, {"Disclose-Added", "X"}});
}

}  // namespace
}  // namespace disclose
