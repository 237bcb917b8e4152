// A build reads each source file once: a file changed while the build runs
// is checked, rendered and written as the bytes that one read returned.
#include <gtest/gtest.h>

#include <map>
#include <mutex>

#include "base/text.h"
#include "pipeline/pipeline.h"
#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

const char kDoc[] = "site/content/notices/2005/hot-issue-fee-disclosure.md";

// Counts the reads of every file; right after the first read of kDoc, an
// editor saves a new title into it.
class EditedDuringBuild : public MemoryFileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override {
    std::lock_guard<std::mutex> lock(mu_);
    auto text = MemoryFileSystem::ReadFile(path);
    if (++reads_[path] == 1 && path == kDoc && text.ok()) {
      std::string edited = *text;
      const size_t at = edited.find("title: ");
      edited.insert(at + 7, "EDITED ");
      // The file changes under the build (the test's stand-in for a save).
      auto* self = const_cast<EditedDuringBuild*>(this);
      EXPECT_TRUE(self->MemoryFileSystem::WriteFile(path, edited, false).ok());
    }
    return text;
  }
  const std::map<std::string, int>& reads() const { return reads_; }

 private:
  mutable std::mutex mu_;  // reads may come from the build's threads
  mutable std::map<std::string, int> reads_;
};

TEST(ReadOnceTest, AFileChangedDuringTheBuildIsUsedAsItWasRead) {
  EditedDuringBuild fs;
  testing::LoadSampleSite(fs);
  CheckedSite site;
  ASSERT_NO_FATAL_FAILURE(testing::BuildWithoutErrors(fs, &site));

  // Every source was read exactly once.
  int sources = 0;
  for (const auto& [path, count] : fs.reads()) {
    if (!StartsWith(path, "site/")) continue;
    ++sources;
    EXPECT_EQ(count, 1) << path;
  }
  EXPECT_GT(sources, 30);
  // The page holds the title as read, not as saved later.
  const std::string page =
      *fs.ReadFile("/out/notices/2005/hot-issue-fee-disclosure/index.html");
  EXPECT_NE(page.find("关于对教育收费、医疗收费和建设工程招投标实行公示的通知"),
            std::string::npos);
  EXPECT_EQ(page.find("EDITED"), std::string::npos);
  EXPECT_NE(fs.ReadFile(kDoc)->find("title: EDITED "), std::string::npos);
}

}  // namespace
}  // namespace disclose
