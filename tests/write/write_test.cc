#include "write/write.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

// A MemoryFileSystem whose writes fail after a number of successes.
class FailingFileSystem : public MemoryFileSystem {
 public:
  explicit FailingFileSystem(int writes_before_failure)
      : left_(writes_before_failure) {}
  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override {
    if (left_-- <= 0) return Status::Error("disk full: " + path);
    return MemoryFileSystem::WriteFile(path, data, sync);
  }
  void Allow(int n) { left_ = n; }

 private:
  int left_;
};

TEST(WriteSiteTest, ReplacesTheOutputWithExactlyTheNewFiles) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("out/stale.html", "old", false).ok());
  ASSERT_TRUE(WriteSite(fs, "out", {{"index.html", "new"}, {"a/b.csv", "x"}})
                  .ok());
  EXPECT_EQ(*fs.ListFiles("out"),
            (std::vector<std::string>{"a/b.csv", "index.html"}));
  EXPECT_FALSE(fs.IsDirectory("out.disclose-new"));
  EXPECT_FALSE(fs.IsDirectory("out.disclose-old"));
}

TEST(WriteSiteTest, KeepsTheRepositoryOfTheOutput) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("out/.git/HEAD", "ref: refs/heads/main", false).ok());
  ASSERT_TRUE(fs.WriteFile("out/old.html", "old", false).ok());
  ASSERT_TRUE(WriteSite(fs, "out", {{"index.html", "new"}}).ok());
  EXPECT_EQ(*fs.ReadFile("out/.git/HEAD"), "ref: refs/heads/main");
  EXPECT_FALSE(fs.IsFile("out/old.html"));
}

TEST(WriteSiteTest, AFailedWriteLeavesThePreviousOutputAsItWas) {
  FailingFileSystem fs(100);
  ASSERT_TRUE(fs.WriteFile("out/index.html", "previous", false).ok());
  ASSERT_TRUE(fs.WriteFile("out/.git/HEAD", "x", false).ok());
  fs.Allow(1);
  Status s = WriteSite(fs, "out", {{"index.html", "new"}, {"b.html", "new"}});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "disk full: out.disclose-new/b.html");
  EXPECT_EQ(*fs.ReadFile("out/index.html"), "previous");
  EXPECT_EQ(*fs.ReadFile("out/.git/HEAD"), "x");
  EXPECT_FALSE(fs.IsDirectory("out.disclose-new"));
}

TEST(WriteSiteTest, CreatesTheOutputWhenMissing) {
  MemoryFileSystem fs;
  ASSERT_TRUE(WriteSite(fs, "public/", {{"index.html", "x"}}).ok());
  EXPECT_EQ(*fs.ReadFile("public/index.html"), "x");
}

}  // namespace
}  // namespace disclose
