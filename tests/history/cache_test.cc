// The history cache saves reading records but never changes the history:
// a real publication (the binary on a copy of the sample), then the walk
// with and without the cache, and with a forged cache.
#include "history/cache.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;

std::string VersionsJson(const History& h) {
  std::string out;
  for (const auto& [path, versions] : h.versions) {
    for (const auto& v : versions) {
      out +=
          path + " " + v.commit + " " + v.blob + " " + v.record.ToJson() + "\n";
    }
  }
  return out;
}

class HistoryCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(copy_.Disclose("publish -q").exit_code, 0);
    store_ = StoreFor((copy_.dir() / "public").string());
    auto repo = OpenPublished(store_);
    ASSERT_TRUE(repo.ok() && *repo != nullptr);
    auto walked = ReadHistory(**repo);
    ASSERT_TRUE(walked.ok());
    walked_ = VersionsJson(*walked);
    versions_ = 0;
    for (const auto& [path, v] : walked->versions) versions_ += v.size();
  }

  testing::SampleCopy copy_;
  PublishedStore store_;
  std::string walked_;
  size_t versions_ = 0;
};

TEST_F(HistoryCacheTest, EveryRecordComesFromTheCacheAndEqualsTheWalk) {
  CacheUse use;
  auto history = ReadPublishedHistory(store_, &use);
  ASSERT_TRUE(history.ok() && history->has_value());
  EXPECT_EQ(use.used, versions_);
  EXPECT_TRUE(use.rejected.empty());
  EXPECT_EQ(VersionsJson(**history), walked_);
}

TEST_F(HistoryCacheTest, AForgedEntryIsNotUsed) {
  const fs::path cache = store_.history_cache();
  std::string text = testing::Slurp(cache);
  const size_t at = text.find("市第一人民医院");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("市第一人民医院").size(), "市第二人民医院");
  std::ofstream(cache, std::ios::binary) << text;
  CacheUse use;
  auto history = ReadPublishedHistory(store_, &use);
  ASSERT_TRUE(history.ok() && history->has_value());
  EXPECT_EQ(use.rejected.size(), 1u);
  EXPECT_EQ(use.used, versions_ - 1);
  EXPECT_EQ(VersionsJson(**history), walked_);
}

TEST_F(HistoryCacheTest, ADamagedCacheIsRejectedWholeAndTheWalkStillWorks) {
  std::ofstream(store_.history_cache()) << "{not json";
  CacheUse use;
  auto history = ReadPublishedHistory(store_, &use);
  ASSERT_TRUE(history.ok() && history->has_value());
  EXPECT_EQ(use.rejected, std::vector<std::string>{"*"});
  EXPECT_EQ(use.used, 0u);
  EXPECT_EQ(VersionsJson(**history), walked_);
}

}  // namespace
}  // namespace disclose
