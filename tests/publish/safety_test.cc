// Data safety of publishing: a publication killed at any moment, git left
// in states disclose did not make, hand edits, a lost history and a forged
// cache. Told with the real binary (crash points: DISCLOSE_CRASH_AT) and
// checked with the real `git`.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "publish/story_fixture.h"

namespace disclose {
namespace {

using testing::Slurp;

class PublishSafetyTest : public PublishStoryTest {
 protected:
  // The name of the tree public/ points to.
  std::string Shown() {
    return fs::read_symlink(dir_ / "public").filename().string();
  }
  // verify passes, git agrees the repository is intact and clean, and the
  // next publish needs no person.
  void ExpectRecoverable(const std::string& context) {
    Output v = Disclose("verify");
    EXPECT_EQ(v.code, 0) << context << "\n" << v.out;
    EXPECT_EQ(Git("fsck --strict").code, 0) << context;
    Output p = Disclose("publish");
    EXPECT_EQ(p.code, 0) << context << "\n" << p.out;
    v = Disclose("verify");
    EXPECT_EQ(v.code, 0) << context << "\n" << v.out;
    EXPECT_EQ(v.out.find("note:"), std::string::npos) << context << v.out;
    EXPECT_EQ(Git("status --porcelain").out, "") << context;
    EXPECT_EQ(Git("fsck --strict").code, 0) << context;
  }
};

const char* const kCrashPoints[] = {"commit-written", "checkout-written",
                                    "branch-moved", "switched",
                                    "index-written"};

TEST_F(PublishSafetyTest, AnAmendmentKilledAtEveryStepIsRecovered) {
  ASSERT_EQ(Disclose("publish").code, 0);
  int commits = 1;
  for (const char* point : kCrashPoints) {
    Amend();
    const std::string before = Shown();
    Output r = Disclose("publish", std::string("DISCLOSE_CRASH_AT=") + point);
    ASSERT_NE(r.code, 0) << point << " did not crash";
    // public/ is exactly the previous or the new publication.
    Output v = Disclose("verify");
    EXPECT_EQ(v.code, 0) << point << "\n" << v.out;
    const bool recorded = Commits() == commits + 1;
    if (std::string(point) == "branch-moved") {
      EXPECT_EQ(Shown(), before);
      EXPECT_NE(v.out.find("is recorded but was interrupted before it was "
                           "shown; the next disclose publish shows it"),
                std::string::npos)
          << v.out;
    }
    ExpectRecoverable(point);
    commits += 1;
    EXPECT_EQ(Commits(), commits) << point << (recorded ? " recorded" : "");
    EXPECT_NE(Slurp(dir_ / "public/fees/2005/city-hospital-outpatient-fees/"
                           "index.json")
                  .find("第" + std::to_string(amended_) + "次更正"),
              std::string::npos)
        << point;
  }
}

TEST_F(PublishSafetyTest, AFirstPublicationKilledAtEveryStepIsRecovered) {
  for (const char* point : kCrashPoints) {
    fs::remove_all(dir_ / "public");
    fs::remove_all(dir_ / ".public.disclose");
    Output r = Disclose("publish", std::string("DISCLOSE_CRASH_AT=") + point);
    ASSERT_NE(r.code, 0) << point;
    // Killed before the branch moved, nothing is published yet; after, the
    // first publication is recorded and the next run shows it.
    Output v = Disclose("verify");
    EXPECT_EQ(v.code, 0) << point << "\n" << v.out;
    r = Disclose("publish");
    ASSERT_EQ(r.code, 0) << point << "\n" << r.out;
    EXPECT_EQ(Commits(), 1) << point;
    ExpectRecoverable(point);
  }
}

TEST_F(PublishSafetyTest,
       TheRepositoryNeverMovesAndGitWorksInThePublishedSite) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const fs::path repo = dir_ / ".public.disclose/repo";
  struct stat before {
  }, after{};
  ASSERT_EQ(::stat(repo.c_str(), &before), 0);
  Amend();
  ASSERT_EQ(Disclose("publish").code, 0);
  EXPECT_TRUE(fs::is_symlink(dir_ / "public"));
  ASSERT_EQ(::stat(repo.c_str(), &after), 0);
  EXPECT_EQ(after.st_ino, before.st_ino);
  EXPECT_EQ(Git("rev-parse --git-dir").out,
            fs::canonical(repo).string() + "\n");
  EXPECT_EQ(Git("status --porcelain").out, "");
  // Only the tree public/ shows is kept.
  EXPECT_EQ(
      std::distance(fs::directory_iterator(dir_ / ".public.disclose/trees"),
                    fs::directory_iterator()),
      1);
  const fs::path clone = dir_ / "clone";
  ASSERT_EQ(
      Shell("git clone -q " + (dir_ / "public").string() + " " + clone.string())
          .code,
      0);
  EXPECT_EQ(Shell("diff -r -x .git " + (dir_ / "public/").string() + " " +
                  clone.string())
                .code,
            0);
}

TEST_F(PublishSafetyTest, ADetachedHeadIsRefusedBeforeAnythingChanges) {
  ASSERT_EQ(Disclose("publish").code, 0);
  ASSERT_EQ(Git("checkout -q --detach").code, 0);
  const std::string before = Shown();
  Amend();
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("the published repository is not on a branch (a "
                       "detached HEAD at "),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("symbolic-ref HEAD refs/heads/main"), std::string::npos);
  EXPECT_EQ(Shown(), before);
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Disclose("verify").code, 1);
  ASSERT_EQ(Git("symbolic-ref HEAD refs/heads/main").code, 0);
  EXPECT_EQ(Disclose("publish").code, 0);
  EXPECT_EQ(Commits(), 2);
}

TEST_F(PublishSafetyTest, AStaleGitLockIsRefusedBeforeAnythingChanges) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const fs::path lock = dir_ / ".public.disclose/repo/refs/heads/main.lock";
  std::ofstream(lock) << "";
  const std::string before = Shown();
  Amend();
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("git left a lock file in the published repository: " +
                       lock.string() +
                       ". If no git command is working on "
                       "it, remove it: rm " +
                       lock.string()),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Shown(), before);
  Output v = Disclose("verify");
  EXPECT_EQ(v.code, 1);
  EXPECT_NE(v.out.find("git left a lock file: " + lock.string()),
            std::string::npos)
      << v.out;
  fs::remove(lock);
  EXPECT_EQ(Disclose("publish").code, 0);
  EXPECT_EQ(Commits(), 2);
}

TEST_F(PublishSafetyTest, HandEditsStopAPublicationUntilDiscarded) {
  ASSERT_EQ(Disclose("publish").code, 0);
  std::ofstream(dir_ / "public/index.html", std::ios::app) << "<!-- edit -->";
  std::ofstream(dir_ / "public/extra.html") << "x";
  fs::remove(dir_ / "public/robots.txt");
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("was changed by hand since its last publication:\n"
                       "  added by hand: extra.html\n"
                       "  changed: index.html\n"
                       "  missing: robots.txt\n"),
            std::string::npos)
      << r.out;
  // Nothing changed in the content: --discard still restores the site.
  r = Disclose("publish --discard");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("publish: restored"), std::string::npos) << r.out;
  EXPECT_EQ(Commits(), 1);
  EXPECT_FALSE(fs::exists(dir_ / "public/extra.html"));
  EXPECT_EQ(Disclose("verify").code, 0);
  EXPECT_EQ(Git("status --porcelain").out, "");
}

TEST_F(PublishSafetyTest,
       APublishedSiteWithoutItsHistoryIsNotRestartedSilently) {
  // A site put up by hand, or the files of a site whose history is lost.
  fs::create_directories(dir_ / "public/fees");
  std::ofstream(dir_ / "public/index.html") << "<p>old site</p>";
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("exists but has no publication history"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(dir_ / ".public.disclose/repo"));
  r = Disclose("publish --new-history");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("is kept as"), std::string::npos) << r.out;
  bool kept = false;
  for (const auto& e : fs::directory_iterator(dir_)) {
    if (e.path().filename().string().rfind("public.before-", 0) == 0) {
      kept = Slurp(e.path() / "index.html") == "<p>old site</p>";
    }
  }
  EXPECT_TRUE(kept);
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Disclose("verify").code, 0);
}

TEST_F(PublishSafetyTest,
       ALostStoreStopsThePublicationAndAMissingCheckoutIsRestored) {
  ASSERT_EQ(Disclose("publish").code, 0);
  // The checkout alone is gone: the repository still knows it.
  fs::remove_all(fs::canonical(dir_ / "public"));
  EXPECT_EQ(Disclose("verify").code, 1);
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("publish: restored"), std::string::npos) << r.out;
  EXPECT_EQ(Disclose("verify").code, 0);
  // The whole store is gone: the history is lost, so is the D800 rule.
  fs::remove_all(dir_ / ".public.disclose");
  r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("exists but has no publication history"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(dir_ / ".public.disclose/repo"));
}

TEST_F(PublishSafetyTest, AHistoryRestoredFromAMirrorIsPublishedOn) {
  const fs::path mirror = dir_ / "mirror.git";
  ASSERT_EQ(Shell("git init -q --bare " + mirror.string()).code, 0);
  ASSERT_EQ(Disclose("publish --push " + mirror.string()).code, 0);
  fs::remove_all(dir_ / ".public.disclose");
  fs::remove(dir_ / "public");
  const std::string repo = (dir_ / ".public.disclose/repo").string();
  ASSERT_EQ(Shell("git clone -q --bare " + mirror.string() + " " + repo).code,
            0);
  // The mirror's HEAD may name a branch that was never published.
  ASSERT_EQ(Shell("git --git-dir=" + repo +
                  " symbolic-ref HEAD "
                  "refs/heads/master")
                .code,
            0);
  EXPECT_EQ(Disclose("verify").code, 1);
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("the published repository's HEAD names "
                       "refs/heads/master, which has no publication, but it "
                       "has the branch main; point HEAD at it: git "
                       "--git-dir=" +
                       repo +
                       " symbolic-ref HEAD "
                       "refs/heads/main"),
            std::string::npos)
      << r.out;
  ASSERT_EQ(Shell("git --git-dir=" + repo +
                  " symbolic-ref HEAD "
                  "refs/heads/main")
                .code,
            0);
  r = Disclose("publish");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("publish: restored"), std::string::npos) << r.out;
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Git("status --porcelain").out, "");
  EXPECT_EQ(Disclose("verify").code, 0);
  // The rules against the last publication hold again.
  fs::remove(dir_ / "content/news/2004/vice-mayor-window-visit.md");
  EXPECT_NE(Disclose("check").out.find("error[D800]"), std::string::npos);
}

TEST_F(PublishSafetyTest, AForgedHistoryCacheChangesNoPage) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Amend();
  ASSERT_EQ(Disclose("publish").code, 0);
  const fs::path cache = dir_ / ".public.disclose/history.json";
  std::string text = Slurp(cache);
  const size_t at = text.find("第1次更正");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("第1次更正").size(), "伪造的说明");
  std::ofstream(cache, std::ios::binary) << text;
  Output v = Disclose("verify");
  EXPECT_EQ(v.code, 1);
  EXPECT_NE(v.out.find("does not match the repository (1 entries); it is not "
                       "used, and the next publish rewrites it"),
            std::string::npos)
      << v.out;
  ASSERT_EQ(Disclose("build --out " + (dir_ / "out").string()).code, 0);
  const std::string history = Slurp(
      dir_ / "out/fees/2005/city-hospital-outpatient-fees/history/index.html");
  EXPECT_NE(history.find("第1次更正"), std::string::npos);
  EXPECT_EQ(history.find("伪造"), std::string::npos);
  Amend();
  ASSERT_EQ(Disclose("publish").code, 0);
  EXPECT_EQ(Slurp(cache).find("伪造"), std::string::npos);
  EXPECT_EQ(Disclose("verify").code, 0);
}

TEST_F(PublishSafetyTest, TwoPublishersAtOnceSerialize) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Amend();
  const std::string cmd = std::string(DISCLOSE_TEST_BINARY);
  Output r = Shell("for i in 1 2 3; do " + cmd + " publish -q --site " +
                   dir_.string() + " & done; wait");
  EXPECT_EQ(Commits(), 2);
  ExpectRecoverable("after three publishers");
}

}  // namespace
}  // namespace disclose
