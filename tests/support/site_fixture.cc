#include "support/site_fixture.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace disclose::testing {

void CopyTree(const std::string& from, MemoryFileSystem& fs,
              const std::string& to) {
  RealFileSystem disk;
  auto files = disk.ListFiles(from);
  ASSERT_TRUE(files.ok()) << files.status().message();
  for (const auto& rel : *files) {
    auto text = disk.ReadFile(JoinPath(from, rel));
    ASSERT_TRUE(text.ok());
    ASSERT_TRUE(fs.WriteFile(JoinPath(to, rel), *text, false).ok());
  }
}

void LoadSampleSite(MemoryFileSystem& fs) {
  CopyTree(SourceDir() + "/content", fs, "site/content");
  CopyTree(SourceDir() + "/themes", fs, "site/themes");
}

void ApplyFixture(const std::string& fixture_dir, MemoryFileSystem& fs) {
  RealFileSystem disk;
  if (disk.IsDirectory(fixture_dir + "/site")) {
    CopyTree(fixture_dir + "/site", fs, "site");
  }
  if (auto remove = disk.ReadFile(fixture_dir + "/remove"); remove.ok()) {
    for (const auto& line : Split(*remove, '\n')) {
      std::string path = Trim(line);
      if (!path.empty()) ASSERT_TRUE(fs.RemoveAll("site/" + path).ok());
    }
  }
}

}  // namespace disclose::testing
