#include "base/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace disclose {
namespace {

TEST(MemoryFileSystemTest, ListsFilesSortedAndSkipsHidden) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("d/b.md", "b", false).ok());
  ASSERT_TRUE(fs.WriteFile("d/a/c.md", "c", false).ok());
  ASSERT_TRUE(fs.WriteFile("d/.git/HEAD", "x", false).ok());
  auto files = fs.ListFiles("d");
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(*files, (std::vector<std::string>{"a/c.md", "b.md"}));
}

TEST(MemoryFileSystemTest, RenamesAndRemovesDirectories) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("a/x", "1", false).ok());
  ASSERT_TRUE(fs.Rename("a", "b").ok());
  EXPECT_FALSE(fs.IsFile("a/x"));
  EXPECT_EQ(*fs.ReadFile("b/x"), "1");
  ASSERT_TRUE(fs.RemoveAll("b").ok());
  EXPECT_FALSE(fs.IsDirectory("b"));
}

TEST(MemoryFileSystemTest, ExchangesTwoTrees) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("a/x", "1", false).ok());
  ASSERT_TRUE(fs.MakeDirectories("a/empty").ok());
  ASSERT_TRUE(fs.WriteFile("b/y/z", "2", false).ok());
  ASSERT_TRUE(fs.WriteFile("ab/keep", "3", false).ok());
  auto swapped = fs.Exchange("a", "b");
  ASSERT_TRUE(swapped.ok() && *swapped);
  EXPECT_EQ(*fs.ReadFile("b/x"), "1");
  EXPECT_TRUE(fs.IsDirectory("b/empty"));
  EXPECT_EQ(*fs.ReadFile("a/y/z"), "2");
  EXPECT_EQ(*fs.ReadFile("ab/keep"), "3");
  EXPECT_EQ(*fs.ListDirectory("."), (std::vector<std::string>{"a", "ab", "b"}));
  EXPECT_FALSE(fs.Exchange("a", "missing").ok());
}

TEST(MemoryFileSystemTest, MakesUniqueTempDirectoriesAndResolvesDots) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("t-000001/x", "taken", false).ok());
  EXPECT_EQ(*fs.MakeTempDirectory("t-"), "t-000002");
  EXPECT_EQ(*fs.MakeTempDirectory("t-"), "t-000003");
  EXPECT_TRUE(fs.IsDirectory("t-000002"));
  EXPECT_EQ(*fs.ListDirectory("t-000002"), std::vector<std::string>{});
  EXPECT_EQ(fs.Canonical("site/./public/../content/"), "site/content");
  EXPECT_EQ(fs.Canonical("site/../.."), ".");
  EXPECT_EQ(fs.Canonical("/site/../.."), "/");
}

// A fresh directory on the real disk, removed again at the end.
class RealFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("disclose_fs_" + std::string(info->name()) + "_" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string At(const std::string& rel) const { return dir_ / rel; }

  std::filesystem::path dir_;
  RealFileSystem fs_;
};

TEST_F(RealFileSystemTest, WritesReadsAndLists) {
  ASSERT_TRUE(fs_.WriteFile(At("x/y.txt"), "政务", true).ok());
  EXPECT_EQ(*fs_.ReadFile(At("x/y.txt")), "政务");
  EXPECT_EQ(*fs_.ListFiles(dir_), (std::vector<std::string>{"x/y.txt"}));
  EXPECT_FALSE(fs_.ReadFile(At("missing")).ok());
  ASSERT_TRUE(fs_.RemoveAll(At("x")).ok());
  EXPECT_FALSE(fs_.Exists(At("x")));
}

TEST_F(RealFileSystemTest, RefusesToReadAFifoOrADeviceWithoutBlocking) {
  // A FIFO put where a listed file was: refused at once, never waited on.
  ASSERT_EQ(::mkfifo(At("pipe.md").c_str(), 0600), 0);
  auto fifo = fs_.ReadFile(At("pipe.md"));
  ASSERT_FALSE(fifo.ok());
  EXPECT_EQ(fifo.status().message(),
            "cannot read " + At("pipe.md") + ": not a regular file");
  EXPECT_FALSE(fs_.ReadFile("/dev/zero").ok());
  EXPECT_FALSE(fs_.ReadFile(dir_).ok());  // a folder
}

TEST_F(RealFileSystemTest, ExchangesTwoDirectoriesAtomically) {
  ASSERT_TRUE(fs_.WriteFile(At("a/x"), "1", false).ok());
  ASSERT_TRUE(fs_.WriteFile(At("b/y"), "2", false).ok());
  auto swapped = fs_.Exchange(At("a"), At("b"));
  ASSERT_TRUE(swapped.ok()) << swapped.status().message();
  // ext4, tmpfs, btrfs and xfs all can; others answer false.
  if (!*swapped) GTEST_SKIP() << "no RENAME_EXCHANGE here";
  EXPECT_EQ(*fs_.ReadFile(At("b/x")), "1");
  EXPECT_EQ(*fs_.ReadFile(At("a/y")), "2");
  EXPECT_FALSE(fs_.Exchange(At("a"), At("missing")).ok());
}

TEST_F(RealFileSystemTest, MakesPrivateUniqueTempDirectories) {
  auto one = fs_.MakeTempDirectory(At("out.disclose-new-"));
  auto two = fs_.MakeTempDirectory(At("out.disclose-new-"));
  ASSERT_TRUE(one.ok() && two.ok());
  EXPECT_NE(*one, *two);
  EXPECT_EQ(one->size(), At("out.disclose-new-").size() + 6);
  EXPECT_EQ(std::filesystem::status(*one).permissions(),
            std::filesystem::perms::owner_all);
}

TEST_F(RealFileSystemTest, ListsEveryNameAndSeesLinks) {
  ASSERT_TRUE(fs_.WriteFile(At("d/.hidden"), "", false).ok());
  ASSERT_TRUE(fs_.WriteFile(At("d/b"), "", false).ok());
  std::filesystem::create_symlink(At("nowhere"), At("d/link"));
  EXPECT_EQ(*fs_.ListDirectory(At("d")),
            (std::vector<std::string>{".hidden", "b", "link"}));
  EXPECT_TRUE(fs_.Exists(At("d/link")));
  EXPECT_FALSE(fs_.Exists(At("nowhere")));
  EXPECT_FALSE(fs_.ListDirectory(At("d/b")).ok());
}

TEST_F(RealFileSystemTest, CanonicalFollowsLinksAndDots) {
  std::filesystem::create_directories(At("site/content"));
  std::filesystem::create_directory_symlink(At("site/content"), At("link"));
  const std::string content = fs_.Canonical(At("site/content"));
  EXPECT_EQ(fs_.Canonical(At("link")), content);
  EXPECT_EQ(fs_.Canonical(At("site/public/../content/")), content);
  EXPECT_EQ(fs_.Canonical(At("link/new/../x")), content + "/x");
  EXPECT_EQ(fs_.Canonical(At("site/./missing/")),
            fs_.Canonical(At("site")) + "/missing");
}

TEST(JoinPathTest, JoinsWithOneSlash) {
  EXPECT_EQ(JoinPath("a", "b"), "a/b");
  EXPECT_EQ(JoinPath("a/", "b"), "a/b");
  EXPECT_EQ(JoinPath("", "b"), "b");
  EXPECT_EQ(JoinPath(".", "b"), "b");
}

}  // namespace
}  // namespace disclose
