#include "base/diagnostic.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(DiagnosticTest, FormatsLikeACompilerWithHint) {
  Diagnostic d{
      Severity::kError,
      "D402",
      "content/fees/2005/a.md",
      7,
      3,
      {"收费标准 must be a non-negative amount in yuan, got \"2元5角\"",
       "收费标准应为不小于零的金额（元），现为“2元5角”"},
      {"write 2.5", "改为 2.5"}};
  EXPECT_EQ(FormatText(d),
            "content/fees/2005/a.md:7:3: error[D402]: 收费标准 must be a "
            "non-negative amount in yuan, got \"2元5角\"\n  hint: write 2.5\n");
}

TEST(DiagnosticTest, OmitsLineAndColumnWhenUnknown) {
  Diagnostic d{Severity::kWarning, "D213", "a.md", 0, 0, {"later", "稍后"}, {}};
  EXPECT_EQ(FormatText(d), "a.md: warning[D213]: later\n");
}

TEST(DiagnosticTest, FormatsForTheTerminalWithoutRawControlCharacters) {
  Diagnostic d{Severity::kError,
               "D205",
               "content/a\x1b.md",
               3,
               8,
               {"有效性 (validity) must be one of 有效, 失效, 废止, got "
                "\"\x1b]0;x\a\x1b[2J\"",
                "有效性（validity）应为以下之一：有效、失效、废止，现为"
                "“\x1b]0;x\a\x1b[2J”"},
               {"\xe2\x80\xae"
                "fix\nit",
                "\xe2\x80\xae"
                "改\n正"}};
  EXPECT_EQ(FormatTerminal(d, Language::kEn),
            "content/a\\x1b.md:3:8: error[D205]: 有效性 (validity) must be "
            "one of 有效, 失效, 废止, got \"\\x1b]0;x\\x07\\x1b[2J\"\n"
            "  hint: \\u202efix\\x0ait\n");
  EXPECT_EQ(
      FormatTerminal(d, Language::kZh),
      "content/a\\x1b.md:3:8: error[D205]: 有效性（validity）应为以下之一："
      "有效、失效、废止，现为“\\x1b]0;x\\x07\\x1b[2J”\n"
      "  提示：\\u202e改\\x0a正\n");
  Diagnostics ds;
  ds.Add(d);
  ds.Add(d);
  EXPECT_EQ(
      FormatTerminal(ds, Language::kEn),
      FormatTerminal(d, Language::kEn) + FormatTerminal(d, Language::kEn));
}

TEST(DiagnosticTest, SortsByPathLineColumnAndDropsRepeats) {
  Diagnostics ds;
  ds.Error("D2", "b.md", 1, 1, {"x", "甲"});
  ds.Error("D1", "a.md", 9, 1, {"y", "乙"});
  ds.Error("D1", "a.md", 2, 5, {"z", "丙"});
  ds.Error("D1", "a.md", 2, 5, {"z", "丙"});
  ds.Sort();
  ASSERT_EQ(ds.items().size(), 3u);
  EXPECT_EQ(ds.items()[0].line, 2);
  EXPECT_EQ(ds.items()[1].line, 9);
  EXPECT_EQ(ds.items()[2].path, "b.md");
}

TEST(DiagnosticTest, CountsErrorsAndWarnings) {
  Diagnostics ds;
  ds.Error("D1", "a", 1, 1, {"e", "错"});
  ds.Warning("D2", "a", 1, 1, {"w", "警"});
  ds.Warning("D2", "a", 2, 1, {"w", "警"});
  EXPECT_EQ(ds.ErrorCount(), 1);
  EXPECT_EQ(ds.WarningCount(), 2);
  EXPECT_TRUE(ds.HasErrors());
}

TEST(DiagnosticTest, FormatsJson) {
  Diagnostics ds;
  ds.Error("D200", "a.md", 1, 1,
           {"标题 (title) is required", "缺少必填字段 标题（title）"},
           {"add it", "请添加"});
  EXPECT_EQ(FormatJson(ds, Language::kEn),
            "{\"errors\":1,\"warnings\":0,\"diagnostics\":[{\"severity\":"
            "\"error\",\"code\":\"D200\",\"path\":\"a.md\",\"line\":1,"
            "\"column\":1,\"message\":\"标题 (title) is required\",\"hint\":"
            "\"add it\"}]}\n");
  EXPECT_EQ(FormatJson(ds, Language::kZh),
            "{\"errors\":1,\"warnings\":0,\"diagnostics\":[{\"severity\":"
            "\"error\",\"code\":\"D200\",\"path\":\"a.md\",\"line\":1,"
            "\"column\":1,\"message\":\"缺少必填字段 标题（title）\",\"hint\":"
            "\"请添加\"}]}\n");
}

TEST(DiagnosticTest, SpeaksTheSiteLanguage) {
  Diagnostic d{Severity::kError,
               "D204",
               "a.md",
               7,
               10,
               {"成文日期 (written) must be a real date, got \"2005-02-30\"",
                "成文日期（written）应为真实存在的日期，现为“2005-02-30”"},
               {"there is no such day in the calendar", "日历上没有这一天"}};
  EXPECT_EQ(FormatText(d, Language::kZh),
            "a.md:7:10: error[D204]: 成文日期（written）应为真实存在的日期，"
            "现为“2005-02-30”\n  提示：日历上没有这一天\n");
  EXPECT_EQ(FormatText(d, Language::kEn),
            "a.md:7:10: error[D204]: 成文日期 (written) must be a real date, "
            "got \"2005-02-30\"\n  hint: there is no such day in the "
            "calendar\n");
  EXPECT_EQ(LanguageOf("zh-CN"), Language::kZh);
  EXPECT_EQ(LanguageOf("zh-Hans"), Language::kZh);
  EXPECT_EQ(LanguageOf("en"), Language::kEn);
  EXPECT_EQ(LanguageOf("en-GB"), Language::kEn);
  EXPECT_EQ(LanguageOf("english"), Language::kZh);
  EXPECT_EQ(Quote("a").zh, "“a”");
  EXPECT_EQ(Quote("a").en, "\"a\"");
}

TEST(DiagnosticTest, FormatsItsFixInJson) {
  Diagnostics ds;
  Diagnostic d{Severity::kWarning,
               "D220",
               "a.md",
               9,
               9,
               {"文号 (doc_no) …", "文号（doc_no）…"},
               {},
               std::nullopt};
  d.fix = Fix{9, 9, "常政办发[2005]3号", "常政办发〔2005〕3号", "文号"};
  ds.Add(d);
  EXPECT_EQ(FormatJson(ds, Language::kEn),
            "{\"errors\":0,\"warnings\":1,\"diagnostics\":[{\"severity\":"
            "\"warning\",\"code\":\"D220\",\"path\":\"a.md\",\"line\":9,"
            "\"column\":9,\"message\":\"文号 (doc_no) …\",\"fix\":{\"line\":9,"
            "\"column\":9,\"from\":\"常政办发[2005]3号\",\"to\":"
            "\"常政办发〔2005〕3号\"}}]}\n");
}

}  // namespace
}  // namespace disclose
