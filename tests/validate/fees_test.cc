// Fee tables read against the table spec (validate/fees.cc): columns by
// alias and role, group rows, units in the amount cell, unfixed fees, and
// the warnings whose fix makes a cell plain.
#include <gtest/gtest.h>

#include "base/diagnostic_codes.h"
#include "validate/fee_reading.h"
#include "validate/validate.h"

namespace disclose {
namespace {

// The sample's fee-schedule.yaml `tables:`.
TableSpec FeeSpec() {
  TableSpec spec;
  spec.label = "收费表";
  spec.required = true;
  TableColumnSpec item{"收费项目", {"项目名称", "项目", "收费名称"}};
  item.required = true;
  item.role = ColumnRole::kItem;
  TableColumnSpec unit{"计费单位", {"单位", "收费单位"}};
  unit.role = ColumnRole::kUnit;
  TableColumnSpec amount{"收费标准", {"收费金额", "标准", "价格", "金额"}};
  amount.amount = true;
  amount.required = true;
  amount.role = ColumnRole::kAmount;
  spec.columns = {item, unit, amount};
  return spec;
}

struct Read {
  std::vector<MarkdownTable> markdown;
  std::vector<FeeTable> tables;
  Diagnostics diags;
};

Read ReadBody(const std::string& body, const TableSpec& spec = FeeSpec()) {
  Read r;
  r.markdown = RenderMarkdown(body, 1).tables;
  r.tables = ValidateFeeTables(r.markdown, spec, "fees.md", 1, r.diags);
  return r;
}

TEST(FeesTest, FindsColumnsByAliasAndTakesTheUnitFromTheHeader) {
  const Read r = ReadBody(
      "| 序号 | 项目名称 | 单位 | 金额（元/年） |\n|---|---|---|---|\n"
      "| 1 | 学费 | | 1200 |\n| 2 | 住宿费 | 每生每年 | 300 |\n");
  EXPECT_EQ(FormatText(r.diags), "");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].roles,
            (std::vector<std::string>{"", "item", "unit", "amount"}));
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].item, "学费");
  EXPECT_EQ(r.tables[0].rows[0].unit, "元/年");
  EXPECT_EQ(r.tables[0].rows[0].amount.low, 120000);
  EXPECT_EQ(r.tables[0].rows[1].unit, "每生每年");
}

TEST(FeesTest, TheHeaderMayNameItsUnitAfterTheWordUnit) {
  const Read r = ReadBody(
      "| 收费项目 | 收费标准（单位：元） |\n|---|---|\n| 查阅 | 不收费 |\n"
      "| 复印 | 0.5元/页 |\n");
  EXPECT_EQ(FormatText(r.diags), "");
  EXPECT_EQ(r.tables[0].rows[0].amount.kind, FeeKind::kFree);
}

TEST(FeesTest, ATableNeedsNoUnitColumn) {
  const Read r = ReadBody(
      "| 项目 | 收费标准 |\n|---|---|\n| 档案查询 | 20元/次 |\n"
      "| 复印 | 0.5元/页（自愿） |\n");
  EXPECT_EQ(FormatText(r.diags), "");
  EXPECT_EQ(r.tables[0].rows[1].amount.unit, "元/页");
  EXPECT_EQ(r.tables[0].rows[1].amount.note, "自愿");
}

TEST(FeesTest, GroupRowsNameTheRowsBelowThem) {
  const Read r = ReadBody(
      "| 收费项目 | 计费单位 | 收费标准 |\n|---|---|---|\n"
      "| **一、登记费** | | |\n| 住房登记 | 件 | 80 |\n"
      "| 二、工本费 | | |\n| 证书 | 本 | 10 |\n| 副本 | 本 | 5 |\n");
  EXPECT_EQ(FormatText(r.diags), "");
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_TRUE(rows[0].is_group);
  EXPECT_EQ(rows[0].group, "一、登记费");
  EXPECT_EQ(rows[1].group, "一、登记费");
  EXPECT_TRUE(rows[2].is_group);
  EXPECT_EQ(rows[3].group, "二、工本费");
  EXPECT_EQ(rows[4].group, "二、工本费");
  EXPECT_FALSE(rows[4].is_group);
}

TEST(FeesTest, AUnitInTheAmountMustAgreeWithTheUnitColumn) {
  const Read ok = ReadBody(
      "| 收费项目 | 计费单位 | 收费标准 |\n|---|---|---|\n"
      "| 学费 | | 1200元/年 |\n| 住宿费 | 每生每年 | 300元/年 |\n"
      "| 书费 | 元/年 | 100元/年 |\n| 诊查 | 人次 | 8-10元/人次 |\n");
  EXPECT_EQ(FormatText(ok.diags), "");
  const Read bad = ReadBody(
      "| 收费项目 | 计费单位 | 收费标准 |\n|---|---|---|\n"
      "| 学费 | 每学期 | 1200元/年 |\n");
  EXPECT_EQ(FormatText(bad.diags),
            "fees.md:3:14: error[D405]: 收费标准 \"1200元/年\" names the unit "
            "元/年, but 计费单位 says \"每学期\" (row 1 of the first fee "
            "table)\n"
            "  hint: write the same unit in both, or leave 计费单位 empty\n");
  EXPECT_EQ(FormatText(bad.diags, Language::kZh),
            "fees.md:3:14: error[D405]: 收费标准“1200元/年”的单位是 元/年，"
            "但计费单位为“每学期”（第一个收费表第 1 行）\n"
            "  提示：两处写同一个单位，或让计费单位留空\n");
}

TEST(FeesTest, AnEmptyUnitIsWrongOnlyWhenTheAmountNamesNone) {
  const Read r = ReadBody(
      "| 收费项目 | 计费单位 | 收费标准 |\n|---|---|---|\n"
      "| 学费 | | 1200 |\n| 查阅 | | 免费 |\n");
  EXPECT_EQ(FormatText(r.diags),
            "fees.md:3:7: error[D403]: 计费单位 is empty (row 1 of the first "
            "fee table)\n");
  EXPECT_EQ(FormatText(r.diags, Language::kZh),
            "fees.md:3:7: error[D403]: 计费单位为空（第一个收费表第 1 行）\n");
}

TEST(FeesTest, ADuplicatedColumnIsAnError) {
  const Read r = ReadBody(
      "| 收费项目 | 收费标准 | 备注 | 备注 |\n|---|---|---|---|\n"
      "| 学费 | 1200 | a | b |\n");
  EXPECT_EQ(
      FormatText(r.diags),
      "fees.md:1:22: error[D409]: the first fee table has the column 备注 "
      "twice\n"
      "  hint: give each column its own name, or merge the two\n");
  EXPECT_EQ(FormatText(r.diags, Language::kZh),
            "fees.md:1:22: error[D409]: 第一个收费表中“备注”列出现了两次\n"
            "  提示：给每列起不同的名字，或把两列合并\n");
}

TEST(FeesTest, UnfixedFeesAreAllowedUnlessTheSchemaSaysNo) {
  const std::string body =
      "| 收费项目 | 收费标准 |\n|---|---|\n| 代办 | 市场调节价 |\n"
      "| 咨询 | 面议（另行公示） |\n";
  EXPECT_EQ(FormatText(ReadBody(body).diags), "");
  TableSpec administrative = FeeSpec();
  administrative.allow_unfixed = false;
  EXPECT_EQ(FormatText(ReadBody(body, administrative).diags),
            "fees.md:3:8: error[D404]: 收费标准 \"市场调节价\" is not a fixed "
            "fee (row 1 of the first fee table)\n"
            "  hint: a 收费表 discloses the amount charged: write the amount, "
            "the range a-b, or the ceiling 最高N\n"
            "fees.md:4:8: error[D404]: 收费标准 \"面议\" is not a fixed fee "
            "(row 2 of the first fee table)\n"
            "  hint: a 收费表 discloses the amount charged: write the amount, "
            "the range a-b, or the ceiling 最高N\n");
  EXPECT_EQ(FormatText(ReadBody(body, administrative).diags.items()[1],
                       Language::kZh),
            "fees.md:4:8: error[D404]: 收费标准“面议”不是确定的收费金额"
            "（第一个收费表第 2 行）\n"
            "  提示：收费表应公开实际收取的金额：写明金额、范围 a-b 或上限 "
            "最高N\n");
}

// Applies a diagnostic's fix to the body, as `check --fix` does.
std::string ApplyFix(const std::string& body, const Fix& fix) {
  size_t start = 0;
  for (int line = 1; line < fix.line; ++line)
    start = body.find('\n', start) + 1;
  // Columns count characters; the rows here are ASCII up to the cell.
  const size_t at = body.find(fix.from, start + fix.column - 1);
  EXPECT_NE(at, std::string::npos);
  return body.substr(0, at) + fix.to + body.substr(at + fix.from.size());
}

TEST(FeesTest, CosmeticAmountsWarnWithAFixThatMakesThemClean) {
  std::string body =
      "| a | 收费标准 |\n|---|---|\n| x | ３５ |\n| y | 2元5角<br>1,000元/年 "
      "|\n";
  TableSpec spec = FeeSpec();
  spec.columns[0].label = "a";
  const Read r = ReadBody(body, spec);
  ASSERT_EQ(r.diags.items().size(), 3u) << FormatText(r.diags);
  EXPECT_EQ(
      FormatText(r.diags),
      "fees.md:3:7: warning[D407]: 收费标准 \"３５\" has full-width "
      "digits or thousands separators (row 1 of the first fee table)\n"
      "  hint: write 35\n"
      "fees.md:4:7: warning[D408]: 收费标准 \"2元5角\" is not written in "
      "yuan (row 2 of the first fee table)\n"
      "  hint: write 2.5\n"
      "fees.md:4:7: warning[D407]: 收费标准 \"1,000元/年\" has full-width "
      "digits or thousands separators (row 2 of the first fee table)\n"
      "  hint: write 1000元/年\n");
  EXPECT_EQ(FormatText(r.diags, Language::kZh),
            "fees.md:3:7: warning[D407]: 收费标准“３５”含有全角数字或千位分隔符"
            "（第一个收费表第 1 行）\n"
            "  提示：改为 35\n"
            "fees.md:4:7: warning[D408]: 收费标准“2元5角”不是以元为单位书写的"
            "（第一个收费表第 2 行）\n"
            "  提示：改为 2.5\n"
            "fees.md:4:7: warning[D407]: 收费标准“1,000元/年”含有全角数字或"
            "千位分隔符（第一个收费表第 2 行）\n"
            "  提示：改为 1000元/年\n");
  EXPECT_FALSE(r.diags.HasErrors());
  EXPECT_EQ(r.tables[0].rows[0].amount.low, 3500);
  for (const auto& d : r.diags.items()) {
    ASSERT_TRUE(d.fix.has_value());
    body = ApplyFix(body, *d.fix);
  }
  EXPECT_EQ(
      body,
      "| a | 收费标准 |\n|---|---|\n| x | 35 |\n| y | 2.5<br>1000元/年 |\n");
  EXPECT_EQ(FormatText(ReadBody(body, spec).diags), "");
}

TEST(FeesTest, AmountCellsAreShownWithYuan) {
  const Read r = ReadBody(
      "| 收费项目 | 收费标准 |\n|---|---|\n| a | 80（含消毒费） |\n"
      "| b | 8-10 |\n| c | 最高100<br>不低于5元 |\n| d | 免费 |\n| e | 面议 "
      "|\n");
  ASSERT_EQ(FormatText(r.diags), "");
  const CellTexts shown = FeeAmountCellTexts(r.markdown, r.tables);
  EXPECT_EQ(shown, (CellTexts{{{0, 0, 1}, "80 元（含消毒费）"},
                              {{0, 1, 1}, "8–10 元"},
                              {{0, 2, 1}, "最高100 元\n不低于5元"}}));
}

TEST(FeesTest, AFeeMatrixHasAFeePerCell) {
  const std::string body =
      "## 学费\n\n| 序号 | 类别 | 学费 | 住宿费 | 备注 "
      "|\n|---|---|---|---|---|\n"
      "| | **本地生** | | | |\n| 1 | 普通班 | 1200 | 300 | x |\n"
      "| 2 | 特长班 | 1500-1800 | — | |\n";
  const std::vector<MarkdownTable> markdown = RenderMarkdown(body, 1).tables;
  Diagnostics diags;
  const FeeMatrixDecl decl{"类别", "元/学年", 3, 3};
  const std::vector<FeeTable> tables =
      ValidateFeeTables(markdown, FeeSpec(), "fees.md", 1, diags, decl);
  EXPECT_EQ(FormatText(diags), "");
  ASSERT_EQ(tables.size(), 1u);
  const FeeTable& t = tables[0];
  EXPECT_EQ(t.payer_column, "类别");
  EXPECT_EQ(t.roles,
            (std::vector<std::string>{"", "payer", "amount", "amount", ""}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_TRUE(t.rows[0].is_group);
  EXPECT_EQ(t.rows[0].group, "本地生");
  EXPECT_EQ(t.rows[1].payer, "普通班");
  EXPECT_EQ(t.rows[1].group, "本地生");
  ASSERT_EQ(t.rows[1].matrix.size(), 2u);
  EXPECT_EQ(t.rows[1].matrix[0].item, "学费");
  EXPECT_EQ(t.rows[1].matrix[0].amount.low, 120000);
  EXPECT_EQ(t.rows[1].matrix[1].item, "住宿费");
  EXPECT_EQ(t.rows[1].matrix[1].column, 3u);
  EXPECT_EQ(t.rows[1].unit, "元/学年");
  // — : the fee does not apply.
  ASSERT_EQ(t.rows[2].matrix.size(), 1u);
  EXPECT_EQ(t.rows[2].matrix[0].amount.kind, FeeKind::kRange);
  const CellTexts shown = FeeAmountCellTexts(markdown, tables);
  EXPECT_EQ(shown, (CellTexts{{{0, 1, 2}, "1200 元"},
                              {{0, 1, 3}, "300 元"},
                              {{0, 2, 2}, "1500–1800 元"}}));
}

TEST(FeesTest, AFeeMatrixChecksItsCellsAndItsDeclaration) {
  const std::string body =
      "| 类别 | 学费 |\n|---|---|\n| 普通班 | 约1200 |\n| 特长班 | 1500元/月 "
      "|\n";
  Diagnostics diags;
  ValidateFeeTables(RenderMarkdown(body, 1).tables, FeeSpec(), "fees.md", 1,
                    diags, FeeMatrixDecl{"类别", "元/学年", 3, 3});
  EXPECT_EQ(
      FormatText(diags),
      "fees.md:3:9: error[D402]: 学费 must be a non-negative amount in "
      "yuan, got \"约1200\" (row 1 of the first fee table)\n"
      "  hint: write a number such as 12 or 0.5, a range such as 30-50, "
      "最高100, 不低于5, 免费 or 面议\n"
      "fees.md:4:9: error[D405]: 学费 \"1500元/月\" names the unit 元/月, "
      "but 计费单位 says \"元/学年\" (row 2 of the first fee table)\n"
      "  hint: write the same unit in both, or leave 计费单位 empty\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "fees.md:3:9: error[D402]: 学费应为以元为单位的非负金额，"
            "现为“约1200”（第一个收费表第 1 行）\n"
            "  提示：写作数字（如 12 或 0.5）、范围（如 30-50）、最高100、"
            "不低于5、免费或面议\n"
            "fees.md:4:9: error[D405]: 学费“1500元/月”的单位是 元/月，"
            "但计费单位为“元/学年”（第一个收费表第 2 行）\n"
            "  提示：两处写同一个单位，或让计费单位留空\n");
  Diagnostics missing;
  ValidateFeeTables(RenderMarkdown(body, 1).tables, FeeSpec(), "fees.md", 1,
                    missing, FeeMatrixDecl{"学生类别", "", 3, 3});
  EXPECT_NE(FormatText(missing).find(
                "fees.md:3:3: error[D410]: fee_matrix names the payer column "
                "学生类别, but no table of the body has it\n"),
            std::string::npos)
      << FormatText(missing);
  EXPECT_NE(FormatText(missing, Language::kZh)
                .find("fees.md:3:3: error[D410]: fee_matrix 指定的缴费对象列为"
                      "“学生类别”，但正文中没有表格含有这一列\n"
                      "  提示：在表头写出列出缴费对象的那一列，例如 "
                      "| 学生类别 | 学费 | 住宿费 |\n"),
            std::string::npos)
      << FormatText(missing, Language::kZh);
}

TEST(FeesTest, NamesTablesAfterTheTenthByNumber) {
  EXPECT_EQ(FeeTableName(0), Said("the first fee table", "第一个收费表"));
  EXPECT_EQ(FeeTableName(9), Said("the tenth fee table", "第十个收费表"));
  EXPECT_EQ(FeeTableName(10), Said("fee table 11", "第 11 个收费表"));
  EXPECT_EQ(RowOf(4, 1), Said(" (row 5 of the second fee table)",
                              "（第二个收费表第 5 行）"));
}

}  // namespace
}  // namespace disclose
