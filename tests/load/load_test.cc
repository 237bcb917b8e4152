// load: what it reads and what it only lists.
#include "load/load.h"

#include <gtest/gtest.h>

#include <set>

#include "support/site_fixture.h"

namespace disclose {
namespace {

// A file system that lists one document as 1 GB and remembers every file
// that is read.
class SpyFileSystem : public MemoryFileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override {
    read_.insert(path);
    return MemoryFileSystem::ReadFile(path);
  }
  StatusOr<std::vector<DirEntry>> ListEntries(
      const std::string& dir) const override {
    auto entries = MemoryFileSystem::ListEntries(dir);
    if (entries.ok()) {
      for (DirEntry& e : *entries) {
        if (e.path == "news/2005/huge.md") e.size = uint64_t{1} << 30;
      }
    }
    return entries;
  }
  bool WasRead(const std::string& path) const { return read_.count(path); }

 private:
  mutable std::set<std::string> read_;
};

TEST(LoadTest, ADocumentOverTheLimitIsListedButNeverRead) {
  SpyFileSystem fs;
  testing::LoadSampleSite(fs);
  ASSERT_TRUE(
      fs.WriteFile("site/content/news/2005/huge.md", "---\n", false).ok());
  LoadOptions opts;
  opts.site_root = "site";
  auto sources = LoadSite(fs, opts);
  ASSERT_TRUE(sources.ok()) << sources.status().message();
  EXPECT_FALSE(fs.WasRead("site/content/news/2005/huge.md"));
  EXPECT_TRUE(
      fs.WasRead("site/content/news/2005/coordination-group-meeting.md"));
  const SourceFile* huge = nullptr;
  for (const SourceFile& f : sources->documents) {
    if (f.path == "content/news/2005/huge.md") huge = &f;
  }
  ASSERT_NE(huge, nullptr);
  EXPECT_EQ(huge->text, "");
  EXPECT_EQ(huge->unread_bytes, uint64_t{1} << 30);
}

}  // namespace
}  // namespace disclose
