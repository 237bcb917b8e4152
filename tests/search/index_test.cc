// The search index: how text is folded, and what the shards say.
#include "search/index.h"

#include <gtest/gtest.h>

#include "base/text.h"
#include "base/unicode.h"

namespace disclose {
namespace {

std::string Utf8Of(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, out);
  return out;
}

std::string Folded(const std::string& text) {
  return Utf8Of(FoldForSearch(text));
}

TEST(FoldForSearchTest, KeepsLettersAndNumbersOnly) {
  EXPECT_EQ(Folded("关于〔2005〕4号文件的通知"), "关于20054号文件的通知");
  EXPECT_EQ(Folded("门诊 收费、住院收费。"), "门诊收费住院收费");
  EXPECT_EQ(Folded("00817402-1/2005-00004"), "008174021200500004");
}

TEST(FoldForSearchTest, FoldsCompatibilityFormsAndCase) {
  // Fullwidth Latin letters and digits, and a capital.
  EXPECT_EQ(Folded("ＩＣＰ备案２００５"), "icp备案2005");
  EXPECT_EQ(Folded("PDF Files"), "pdffiles");
  // A CJK compatibility ideograph is its unified twin (U+F900 is 豈).
  EXPECT_EQ(Folded("\xEF\xA4\x80"), "豈");
  // e and a combining acute accent compose (NFC) and stay a letter.
  EXPECT_EQ(Folded("Cafe\xCC\x81"), "caf\xC3\xA9");
  // 〇 is a number; the ideographic space and full stop are not.
  EXPECT_EQ(Folded("二〇〇五年　。"), "二〇〇五年");
}

TEST(FoldForSearchTest, SaysWhereEachCharacterCameFrom) {
  std::vector<size_t> from;
  const std::u32string folded = FoldForSearch("A，b", &from);
  EXPECT_EQ(Utf8Of(folded), "ab");
  EXPECT_EQ(from, (std::vector<size_t>{0, 4}));  // "，" is three bytes
}

TEST(FoldForSearchTest, InvalidUtf8FoldsToNothing) {
  EXPECT_EQ(Folded("ab\xFF"), "");
}

SearchText Text(const std::string& title, const std::string& body) {
  SearchText t;
  t.fields[static_cast<size_t>(SearchField::kTitle)] = title;
  t.fields[static_cast<size_t>(SearchField::kBody)] = body;
  return t;
}

TEST(SearchIndexTest, PostingsSayDocumentFieldAndPosition) {
  const std::vector<SearchText> docs = {
      Text("门诊收费标准", "住院收费和门诊收费"),
      Text("通知", "无关的文字"),
      Text("住院须知", "收费"),
  };
  const SearchIndex index = BuildSearchIndex(docs, 1 << 20);
  ASSERT_EQ(index.shards.size(), 1U);
  EXPECT_EQ(index.title_lengths, (std::vector<size_t>{6, 2, 4}));
  const auto read = ReadSearchShard(index.shards[0]);
  ASSERT_FALSE(read.empty());
  EXPECT_EQ(read.size(), index.keys);
  const auto& fees = read.at({U'收', U'费'});
  ASSERT_EQ(fees.size(), 2U);
  EXPECT_EQ(fees[0].doc, 0U);
  EXPECT_EQ(fees[0].positions.at(SearchField::kTitle),
            (std::vector<uint32_t>{2}));
  EXPECT_EQ(fees[0].positions.at(SearchField::kBody),
            (std::vector<uint32_t>{2, 7}));
  EXPECT_EQ(fees[1].doc, 2U);
  EXPECT_EQ(fees[1].positions.size(), 1U);
  EXPECT_EQ(fees[1].positions.at(SearchField::kBody),
            (std::vector<uint32_t>{0}));
  // No bigram spans two fields or a left-out character.
  EXPECT_EQ(read.count({U'准', U'住'}), 0U);
}

TEST(SearchIndexTest, KeysLieInTheirShardsInOrder) {
  std::vector<SearchText> docs;
  for (int i = 0; i < 200; ++i) {
    docs.push_back(Text("第" + std::to_string(i) + "号关于收费的通知",
                        "市政务服务中心窗口考核第" + std::to_string(i * 7) +
                            "期红旗窗口先进窗口"));
  }
  const SearchIndex index = BuildSearchIndex(docs, 512);
  const size_t count = index.shards.size();
  ASSERT_GT(count, 1U);
  EXPECT_EQ(count & (count - 1), 0U) << "a power of two";
  size_t keys = 0;
  for (size_t s = 0; s < count; ++s) {
    const auto read = ReadSearchShard(index.shards[s]);
    for (const auto& [key, postings] : read) {
      EXPECT_EQ(SearchShardOf(key.first, key.second, count), s);
      for (size_t i = 1; i < postings.size(); ++i) {
        EXPECT_LT(postings[i - 1].doc, postings[i].doc);
      }
    }
    keys += read.size();
  }
  EXPECT_EQ(keys, index.keys);
  // The same input gives the same bytes.
  EXPECT_EQ(BuildSearchIndex(docs, 512).shards, index.shards);
}

TEST(SearchIndexTest, ShardOfIsFnv1aOverTheCodePoints) {
  // The values search.js computes (shardOf in themes/default/static).
  EXPECT_EQ(SearchShardOf(U'收', U'费', 1), 0U);
  EXPECT_EQ(SearchShardOf(U'收', U'费', 1U << 16),
            SearchShardOf(U'收', U'费', 1U << 16));
  uint32_t h = 2166136261U;
  h = (h ^ 0x6536U) * 16777619U;
  h = (h ^ 0x8D39U) * 16777619U;
  h ^= h >> 16;
  EXPECT_EQ(SearchShardOf(U'收', U'费', 256), h & 255U);
}

TEST(SearchIndexTest, ACorruptShardReadsAsNothing) {
  const SearchIndex index =
      BuildSearchIndex({Text("门诊收费标准", "收费")}, 1 << 20);
  std::string cut = index.shards[0];
  cut.pop_back();
  EXPECT_TRUE(ReadSearchShard(cut).empty());
  EXPECT_TRUE(ReadSearchShard("\xFF").empty());
}

}  // namespace
}  // namespace disclose
