// inotify on a real temporary folder: what makes serve build again.
#include "serve/watcher.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace disclose {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("disclose_watch_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "content/news/2005");
    fs::create_directories(root_ / "themes/default/templates");
    fs::create_directories(root_ / "public");
    Write("content/news/2005/a.md", "a");
    auto w = TreeWatcher::Open(root_.string(), {"content", "themes"});
    ASSERT_TRUE(w.ok()) << w.status().message();
    watcher_ = std::move(*w);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& rel, const std::string& text) {
    std::ofstream(root_ / rel, std::ios::binary) << text;
  }

  // True when a change is seen within a second.
  bool Changed() {
    auto r = watcher_->WaitForChange(milliseconds(1000), milliseconds(50));
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() && *r;
  }

  fs::path root_;
  std::unique_ptr<TreeWatcher> watcher_;
};

TEST_F(WatcherTest, SeesAFileWrittenInANestedFolder) {
  EXPECT_EQ(watcher_->watch_count(), 6u);  // content, news, 2005, themes ...
  Write("content/news/2005/a.md", "changed");
  EXPECT_TRUE(Changed());
  EXPECT_FALSE(Changed());  // nothing more
  Write("themes/default/templates/page.mustache", "x");
  EXPECT_TRUE(Changed());
}

TEST_F(WatcherTest, SeesSavesByRenameAndDeletes) {
  Write("content/news/2005/.a.md.tmp", "new");
  fs::rename(root_ / "content/news/2005/.a.md.tmp",
             root_ / "content/news/2005/a.md");
  EXPECT_TRUE(Changed());
  fs::remove(root_ / "content/news/2005/a.md");
  EXPECT_TRUE(Changed());
}

TEST_F(WatcherTest, WatchesFoldersThatAppear) {
  fs::create_directories(root_ / "content/news/2006");
  EXPECT_TRUE(Changed());
  Write("content/news/2006/b.md", "b");
  EXPECT_TRUE(Changed());
}

TEST_F(WatcherTest, IgnoresHiddenFilesAndTheRestOfTheSite) {
  Write("content/news/2005/.a.md.swp", "vim");
  Write("public/index.html", "built");
  fs::create_directories(root_ / "public.disclose-new");
  EXPECT_FALSE(Changed());
}

TEST_F(WatcherTest, FollowsContentBeingReplacedWhole) {
  fs::rename(root_ / "content", root_ / "content.old");
  EXPECT_TRUE(Changed());
  fs::create_directories(root_ / "content/news/2005");
  EXPECT_TRUE(Changed());
  Write("content/news/2005/c.md", "c");
  EXPECT_TRUE(Changed());
}

TEST_F(WatcherTest, ABurstOfWritesIsOneChange) {
  for (int i = 0; i < 20; ++i) {
    Write("content/news/2005/n" + std::to_string(i) + ".md", "n");
  }
  EXPECT_TRUE(Changed());
  EXPECT_FALSE(Changed());
}

}  // namespace
}  // namespace disclose
