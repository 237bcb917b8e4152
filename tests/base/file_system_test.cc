#include "base/file_system.h"

#include <gtest/gtest.h>

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

TEST(RealFileSystemTest, WritesReadsAndLists) {
  const std::string dir =
      std::filesystem::temp_directory_path() / "disclose_fs_test";
  RealFileSystem fs;
  ASSERT_TRUE(fs.RemoveAll(dir).ok());
  ASSERT_TRUE(fs.WriteFile(dir + "/x/y.txt", "政务", true).ok());
  EXPECT_EQ(*fs.ReadFile(dir + "/x/y.txt"), "政务");
  EXPECT_EQ(*fs.ListFiles(dir), (std::vector<std::string>{"x/y.txt"}));
  EXPECT_FALSE(fs.ReadFile(dir + "/missing").ok());
  ASSERT_TRUE(fs.RemoveAll(dir).ok());
}

TEST(JoinPathTest, JoinsWithOneSlash) {
  EXPECT_EQ(JoinPath("a", "b"), "a/b");
  EXPECT_EQ(JoinPath("a/", "b"), "a/b");
  EXPECT_EQ(JoinPath("", "b"), "b");
  EXPECT_EQ(JoinPath(".", "b"), "b");
}

}  // namespace
}  // namespace disclose
