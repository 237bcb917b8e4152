#include "base/text_diff.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

std::string Show(const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    switch (s.kind) {
      case DiffSpan::kEqual: out += s.text; break;
      case DiffSpan::kInsert: out += "[+" + s.text + "]"; break;
      case DiffSpan::kDelete: out += "[-" + s.text + "]"; break;
    }
  }
  return out;
}

TEST(TextDiffTest, ComparesChineseByCharacter) {
  EXPECT_EQ(Show(DiffChars("专家门诊诊查费8元", "专家门诊挂号费10元")),
            "专家门诊[-诊查][+挂号]费[-8][+10]元");
}

TEST(TextDiffTest, EqualTextsAreOneSpan) {
  auto spans = DiffChars("收费公示", "收费公示");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].kind, DiffSpan::kEqual);
}

TEST(TextDiffTest, HandlesEmptySides) {
  EXPECT_EQ(Show(DiffChars("", "新增")), "[+新增]");
  EXPECT_EQ(Show(DiffChars("删除", "")), "[-删除]");
  EXPECT_TRUE(DiffChars("", "").empty());
}

TEST(TextDiffTest, FallsBackToReplaceBeyondTheEditBound) {
  EXPECT_EQ(Show(DiffChars("abcd", "wxyz", 2)), "[-abcd][+wxyz]");
}

TEST(TextDiffTest, KeepsCommonPrefixAndSuffix) {
  EXPECT_EQ(Show(DiffChars("自2005年3月1日起执行", "自2005年4月1日起执行")),
            "自2005年[-3][+4]月1日起执行");
}

}  // namespace
}  // namespace disclose
