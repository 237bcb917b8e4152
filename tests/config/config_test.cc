#include "config/config.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

SiteSources Sources(const std::string& site, const std::string& departments,
                    std::vector<SourceFile> schemas = {}) {
  SiteSources s;
  s.site_config = {"content/site.yaml", site};
  s.departments = {"content/departments.yaml", departments};
  s.schemas = std::move(schemas);
  return s;
}

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/open\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: news, name: 动态}]\n"
    "categories: [{slug: a, name: 甲}]\n";

TEST(ConfigTest, ReadsTheSiteAndItsBasePath) {
  Diagnostics diags;
  Config c = ParseConfig(Sources(kSite, "departments: []\n"), diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.site.base_url, "https://example.gov.cn/open/");
  EXPECT_EQ(c.site.base_path, "/open/");
  EXPECT_EQ(c.site.index_no_layout, "{org}/{yyyy}-{nnnnn}");
  ASSERT_NE(c.site.FindCategory("甲"), nullptr);
  EXPECT_EQ(c.site.FindCategory("甲")->slug, "a");
}

TEST(ConfigTest, ReportsMissingAndUnknownSettings) {
  Diagnostics diags;
  ParseConfig(Sources("title: T\ncolour: red\n", "departments: []\n"), diags);
  diags.Sort();
  EXPECT_EQ(
      FormatText(diags),
      "content/site.yaml:1:1: error[D601]: a list \"categories\" is needed\n"
      "content/site.yaml:1:1: error[D601]: a list \"sections\" is needed\n"
      "content/site.yaml:1:1: error[D601]: site.yaml needs \"base_url\"\n"
      "content/site.yaml:1:1: error[D602]: site.yaml needs \"publisher\" "
      "with a name and an email\n"
      "  hint: publisher: {name: 市政务服务中心, email: zwzx@example.gov.cn}\n"
      "content/site.yaml:2:1: error[D603]: unknown setting \"colour\" in "
      "site.yaml\n"
      "  hint: the settings are title, subtitle, base_url, language, "
      "publisher, index_no, page_size, sections, categories, dates, "
      "limits, portal\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/site.yaml:1:1: error[D601]: 缺少必填的列表“categories”\n"
      "content/site.yaml:1:1: error[D601]: 缺少必填的列表“sections”\n"
      "content/site.yaml:1:1: error[D601]: site.yaml 缺少必填设置“base_url”\n"
      "content/site.yaml:1:1: error[D602]: site.yaml "
      "缺少发布者（publisher），应写明名称和邮箱\n"
      "  提示：添加 publisher: {name: 市政务服务中心, email: "
      "zwzx@example.gov.cn}\n"
      "content/site.yaml:2:1: error[D603]: site.yaml 中有未知设置“colour”\n"
      "  提示：可用的设置有 "
      "title、subtitle、base_url、language、publisher、index_no、page_"
      "size、sections、categories、dates、limits、portal\n");
}

TEST(ConfigTest, ReadsInputLimitsWithinTheirRanges) {
  Diagnostics diags;
  Config c =
      ParseConfig(Sources(std::string(kSite) +
                              "limits: {table_columns: 200, render_ms: 3000}\n",
                          "departments: []\n"),
                  diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.site.limits.table_columns, 200);
  EXPECT_EQ(c.site.limits.render_ms, 3000);
  EXPECT_EQ(c.site.limits.nesting, InputLimits{}.nesting);  // the default

  Diagnostics bad;
  Config d =
      ParseConfig(Sources(std::string(kSite) +
                              "limits:\n  nesting: 0\n  document_kib: 20000\n"
                              "  tables: 3\n",
                          "departments: []\n"),
                  bad);
  bad.Sort();
  EXPECT_EQ(FormatText(bad),
            "content/site.yaml:7:12: error[D602]: limits.nesting must be "
            "from 1 to 256, got 0\n"
            "  hint: leave it out to keep the default\n"
            "content/site.yaml:8:17: error[D602]: limits.document_kib must "
            "be from 1 to 16384, got 20000\n"
            "  hint: leave it out to keep the default\n"
            "content/site.yaml:9:3: error[D603]: unknown setting \"tables\" "
            "in limits\n"
            "  hint: the settings are document_kib, front_matter_kib, nesting, "
            "line_bytes, table_columns, table_cells, paragraph_markup, links, "
            "link_references, render_ms, render_mib, output_ratio\n");
  EXPECT_EQ(d.site.limits.nesting, InputLimits{}.nesting);
  EXPECT_EQ(d.site.limits.document_kib, InputLimits{}.document_kib);
}

TEST(ConfigTest, ReadsHowDatesAreWritten) {
  Diagnostics diags;
  EXPECT_EQ(ParseConfig(Sources(kSite, "departments: []\n"), diags).site.dates,
            DateStyle::kIso);
  EXPECT_EQ(ParseConfig(Sources(std::string(kSite) + "dates: iso\n",
                                "departments: []\n"),
                        diags)
                .site.dates,
            DateStyle::kIso);
  EXPECT_EQ(ParseConfig(Sources(std::string(kSite) + "dates: as_written\n",
                                "departments: []\n"),
                        diags)
                .site.dates,
            DateStyle::kAsWritten);
  EXPECT_EQ(FormatText(diags), "");
  ParseConfig(
      Sources(std::string(kSite) + "dates: chinese\n", "departments: []\n"),
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:6:8: error[D602]: dates must be iso or "
            "as_written, got \"chinese\"\n"
            "  hint: iso warns about dates such as 2005年1月10日; as_written "
            "accepts them silently\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:6:8: error[D602]: 日期写法（dates）应为 iso 或 "
            "as_written，现为“chinese”\n"
            "  提示：iso 对 2005年1月10日 这样的日期给出警告；as_written "
            "照写法接受，不提示\n");
}

TEST(ConfigTest, RefusesSectionsThatClashWithTheSitesOwnPages) {
  Diagnostics diags;
  std::string site = kSite;
  site.replace(site.find("id: news"), 8, "id: catalogue");
  ParseConfig(Sources(site, "departments: []\n"), diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:4:17: error[D602]: section id \"catalogue\" is "
            "the address of one of the site's own pages\n"
            "  hint: choose another folder name\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:4:17: error[D602]: 栏目 "
            "id“catalogue”是网站自身页面的地址\n"
            "  提示：改用另一个文件夹名\n");
}

// The publisher signs every commit: a line break in its name would write a
// commit no later command can read, so it is refused where it is written.
TEST(ConfigTest, RefusesAPublisherThatCannotSignACommit) {
  Diagnostics diags;
  std::string site = kSite;
  site.replace(site.find("publisher: {name: P, email: p@example.gov.cn}"), 45,
               "publisher:\n  name: \"市政务\\n服务中心\"\n"
               "  email: zwzx at example.gov.cn\n");
  Config c = ParseConfig(Sources(site, "departments: []\n"), diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:4:9: error[D602]: site.yaml publisher: the "
            "name contains a line break; write the name on one line\n"
            "content/site.yaml:5:10: error[D602]: site.yaml publisher: the "
            "email \"zwzx at example.gov.cn\" contains a space; an address "
            "has none\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:4:9: error[D602]: site.yaml "
            "中的发布者（publisher）：名称中有换行；把名称写在一行内\n"
            "content/site.yaml:5:10: error[D602]: site.yaml "
            "中的发布者（publisher）：邮箱“zwzx at "
            "example.gov.cn”中有空格；邮箱地址中不能有空格\n");
}

TEST(ConfigTest, RefusesControlCharactersAndBracketsInThePublisher) {
  Diagnostics diags;
  std::string site = kSite;
  site.replace(site.find("{name: P, email: p@example.gov.cn}"), 34,
               "{name: \"P\\e[31m\", email: \"<p@example.gov.cn>\"}");
  ParseConfig(Sources(site, "departments: []\n"), diags);
  // The rule for every YAML value (D109), and the rule for identities.
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:3:19: error[D109]: publisher.name contains the "
            "control character U+001B (escape) at character 2\n"
            "  hint: remove the escape that writes it, such as \\e, \\0 or "
            "\\x1b in double quotes\n"
            "content/site.yaml:3:19: error[D602]: site.yaml publisher: the "
            "name contains a control character (U+001B); remove it\n"
            "content/site.yaml:3:37: error[D602]: site.yaml publisher: the "
            "email \"<p@example.gov.cn>\" contains < or >, which git uses "
            "to mark the email; leave them out\n");
  ASSERT_EQ(diags.items().size(), 3u);
  EXPECT_EQ(diags.items()[1].message.zh,
            "site.yaml 中的发布者（publisher）：名称中有控制字符 U+001B；"
            "删除它");
  EXPECT_EQ(diags.items()[2].message.zh,
            "site.yaml 中的发布者（publisher）：邮箱“<p@example.gov.cn>”中有 "
            "< 或 >，git 用它们标记邮箱；去掉它们");
}

TEST(ConfigTest, ReadsDepartmentsAndChecksTheirCodes) {
  Diagnostics diags;
  Config c = ParseConfig(
      Sources(
          kSite,
          "departments:\n"
          "  - {id: a, name: 甲局, org_code: 00817365-1, phone: \"0736-1\"}\n"
          "  - {id: b, name: 乙局, org_code: 00817365-2}\n"
          "  - {id: a, name: 丙局, org_code: 44800451-X}\n"),
      diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/departments.yaml:3:33: error[D602]: org_code "
            "\"00817365-2\" is not a valid organisation code (8 characters, "
            "'-', check character) or unified social credit code (18 "
            "characters)\n"
            "  hint: its check character would be 1\n"
            "content/departments.yaml:4:5: error[D602]: department id \"a\" is "
            "listed twice (first at line 2)\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/departments.yaml:3:33: error[D602]: "
            "机构代码（org_code）“00817365-2”既不是有效的组织机构代码（8 "
            "位、“-”、校验码），也不是有效的统一社会信用代码（18 位）\n"
            "  提示：它的校验码应为 1\n"
            "content/departments.yaml:4:5: error[D602]: 部门 "
            "id“a”重复（第一次出现在第 2 行）\n");
  ASSERT_NE(c.FindDepartment("a"), nullptr);
  EXPECT_EQ(c.FindDepartment("a")->full_name, "甲局");
}

TEST(ConfigTest, WarnsOfInvisibleCharactersInDepartmentNames) {
  Diagnostics diags;
  Config c = ParseConfig(
      Sources(kSite,
              "departments:\n"
              "  - {id: a, name: 市国税局, org_code: 44800127-1}\n"
              "  - id: b\n    name: 市地\u200B税局\n"
              "    full_name: \"\u202E局税地市\"\n    org_code: 44800348-8\n"),
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/departments.yaml:4:11: warning[D110]: "
            "departments[2].name contains the invisible character U+200B "
            "(zero width space) at character 3\n"
            "  hint: remove it: it cannot be seen, but changes how the text "
            "around it is shown\n"
            "content/departments.yaml:5:16: warning[D110]: "
            "departments[2].full_name contains the invisible character U+202E "
            "(right-to-left override) at character 1\n"
            "  hint: remove it: it cannot be seen, but changes how the text "
            "around it is shown\n");
  ASSERT_EQ(c.departments.size(), 2u);
  EXPECT_FALSE(diags.HasErrors());
}

TEST(ConfigTest, RefusesControlCharactersInEveryConfigurationFile) {
  Diagnostics diags;
  std::string site = kSite;
  site.replace(site.find("title: T"), 8, "title: \"T\\a\"");
  ParseConfig(Sources(site, "departments: []\n",
                      {{"content/schemas/core.yaml",
                        "fields:\n  - {key: title, label: \"标\x1b题\", "
                        "kind: text}\n"}}),
              diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/core.yaml:2:27: error[D109]: the file holds the "
            "control character U+001B (escape) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "content/site.yaml:1:8: error[D109]: title contains the control "
            "character U+0007 (bell) at character 2\n"
            "  hint: remove the escape that writes it, such as \\e, \\0 or "
            "\\x1b in double quotes\n");
}

TEST(ConfigTest, SchemasAddTheirFieldsAfterTheCoreFields) {
  Diagnostics diags;
  Config c = ParseConfig(
      Sources(kSite, "departments: []\n",
              {{"content/schemas/core.yaml",
                "fields:\n  - {key: title, label: 标题, kind: text, "
                "required: true}\n"},
               {"content/schemas/guide.yaml",
                "type: guide\nlabel: 办事指南\nfields:\n"
                "  - {key: days, label: 时限, kind: days}\n"
                "  - {key: x, label: X, kind: colour}\n"}}),
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/schemas/guide.yaml:5:30: error[D602]: unknown field kind "
            "\"colour\"\n"
            "  hint: one of text, long_text, date, enum, list, record, "
            "index_no, doc_no, phone, department, document, category, days, "
            "period, count, names\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/schemas/guide.yaml:5:30: error[D602]: 未知的字段类型“colour”\n"
      "  "
      "提示：改为其中之一：text、long_text、date、enum、list、record、index_"
      "no、doc_"
      "no、phone、department、document、category、days、period、count、names"
      "\n");
  const Schema& s = c.schemas.at("guide");
  ASSERT_EQ(s.fields.size(), 3u);
  EXPECT_EQ(s.fields[0].key, "title");
  EXPECT_EQ(s.fields[1].kind, FieldKind::kDays);
}

// A schema of the type's own, after a one-field core.
SiteSources WithSchema(const std::string& type_yaml) {
  return Sources(kSite, "departments: []\n",
                 {{"content/schemas/core.yaml",
                   "fields:\n  - {key: title, label: 标题, kind: text}\n"},
                  {"content/schemas/t.yaml", type_yaml}});
}

TEST(ConfigTest, ReadsPeriodsLimitsCatchAllsLiteralsUniqueAndDisjointLists) {
  Diagnostics diags;
  Config c = ParseConfig(
      WithSchema(
          "type: t\nlabel: T\nfields:\n"
          "  - {key: period, label: 考核期, kind: period, unique: true}\n"
          "  - {key: legal, label: 法定, kind: days}\n"
          "  - {key: promised, label: 承诺, kind: days, "
          "not_more_than: legal}\n"
          "  - key: items\n    label: 条件\n    kind: list\n"
          "    item: {kind: text, catch_all: [其他条件, 等]}\n"
          "  - {key: fee, label: 收费, kind: document, ref_type: t, "
          "values: [免费]}\n"
          "  - {key: a, label: 甲, kind: list, item: {kind: text}}\n"
          "rules:\n  - disjoint: [items, a]\n"),
      diags);
  EXPECT_EQ(FormatText(diags), "");
  const Schema& s = c.schemas.at("t");
  EXPECT_EQ(s.FindField("period")->kind, FieldKind::kPeriod);
  EXPECT_TRUE(s.FindField("period")->unique);
  EXPECT_FALSE(s.FindField("legal")->unique);
  EXPECT_EQ(s.FindField("promised")->not_more_than, "legal");
  EXPECT_EQ(s.FindField("items")->item.front().catch_all,
            (std::vector<std::string>{"其他条件", "等"}));
  EXPECT_EQ(s.FindField("fee")->values, std::vector<std::string>{"免费"});
  ASSERT_EQ(s.rules.size(), 1u);
  EXPECT_EQ(s.rules[0].disjoint, (std::vector<std::string>{"items", "a"}));
  EXPECT_EQ(s.rules[0].line, 14);
}

TEST(ConfigTest, RefusesSettingsThatDoNotFitTheFieldOrNameNoSuchField) {
  Diagnostics diags;
  ParseConfig(
      WithSchema("type: t\nlabel: T\nfields:\n"
                 "  - {key: d, label: 日, kind: date, not_more_than: d}\n"
                 "  - {key: n, label: 数, kind: days, not_more_than: limit}\n"
                 "  - {key: m, label: 数2, kind: days, not_more_than: d}\n"
                 "  - {key: x, label: X, kind: days, catch_all: [等]}\n"
                 "  - {key: l, label: L, kind: list, unique: true, "
                 "item: {kind: text}}\n"
                 "rules:\n  - disjoint: [l, d]\n  - disjoint: [l]\n"
                 "  - {disjoint: [l, l], when: {key: d, equals: x}}\n"),
      diags);
  diags.Sort();
  EXPECT_EQ(
      FormatText(diags),
      "content/schemas/t.yaml:4:51: error[D602]: \"not_more_than\" is for "
      "days, not for a field of kind date\n"
      "content/schemas/t.yaml:4:51: error[D602]: \"not_more_than\" must name "
      "a field of kind days, got \"d\"\n"
      "content/schemas/t.yaml:5:51: error[D602]: \"not_more_than\" must name "
      "a field of kind days, got \"limit\"\n"
      "content/schemas/t.yaml:6:52: error[D602]: \"not_more_than\" must name "
      "a field of kind days, got \"d\"\n"
      "content/schemas/t.yaml:7:47: error[D602]: \"catch_all\" is for text "
      "and long_text, not for a field of kind days\n"
      "content/schemas/t.yaml:8:44: error[D602]: \"unique\" is for fields of "
      "one value, not for a field of kind list\n"
      "content/schemas/t.yaml:10:19: error[D602]: \"disjoint\" must name list "
      "fields, got \"d\"\n"
      "content/schemas/t.yaml:11:15: error[D602]: \"disjoint\" needs at least "
      "two list fields\n"
      "content/schemas/t.yaml:12:5: error[D602]: a rule is either \"when\" "
      "with \"require_one_of\", or \"disjoint\"\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/schemas/t.yaml:4:51: error[D602]: "
      "“not_more_than”只用于天数字段，不用于类型为 date 的字段\n"
      "content/schemas/t.yaml:4:51: error[D602]: "
      "“not_more_than”应指明一个类型为 days 的字段，现为“d”\n"
      "content/schemas/t.yaml:5:51: error[D602]: "
      "“not_more_than”应指明一个类型为 days 的字段，现为“limit”\n"
      "content/schemas/t.yaml:6:52: error[D602]: "
      "“not_more_than”应指明一个类型为 days 的字段，现为“d”\n"
      "content/schemas/t.yaml:7:47: error[D602]: “catch_all”只用于 text 和 "
      "long_text 字段，不用于类型为 days 的字段\n"
      "content/schemas/t.yaml:8:44: error[D602]: "
      "“unique”只用于只有一个值的字段，不用于类型为 list 的字段\n"
      "content/schemas/t.yaml:10:19: error[D602]: "
      "“disjoint”应列出列表字段，现为“d”\n"
      "content/schemas/t.yaml:11:15: error[D602]: "
      "“disjoint”应至少列出两个列表字段\n"
      "content/schemas/t.yaml:12:5: error[D602]: "
      "一条规则要么是“when”加“require_one_of”，要么是“disjoint”，不能兼有\n");
}

TEST(ConfigTest, SplitIsForListsOfTextOnly) {
  Diagnostics diags;
  Config c = ParseConfig(
      WithSchema("type: t\nlabel: T\nfields:\n"
                 "  - {key: k, label: 主题词, kind: list, split: true, "
                 "item: {kind: text}}\n"
                 "  - {key: d, label: 日, kind: list, split: true, "
                 "item: {kind: date}}\n"
                 "  - {key: t, label: 文, kind: text, split: true}\n"),
      diags);
  EXPECT_TRUE(c.schemas.at("t").FindField("k")->split);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/t.yaml:5:43: error[D602]: \"split\" is for a "
            "list of text items, not of date\n"
            "content/schemas/t.yaml:6:43: error[D602]: \"split\" is for "
            "lists, not for a field of kind text\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/schemas/t.yaml:5:43: error[D602]: “split”只用于 text "
            "项的列表，不用于 date 项的列表\n"
            "content/schemas/t.yaml:6:43: error[D602]: "
            "“split”只用于列表字段，不用于类型为 text 的字段\n");
}

TEST(ConfigTest, SectionAndShowSayWhereAndHowThePageShowsAField) {
  Diagnostics diags;
  Config c = ParseConfig(
      WithSchema("type: t\nlabel: T\nfields:\n"
                 "  - {key: m, label: 材料, kind: list, section: 申请材料, "
                 "show: checklist, item: {kind: text}}\n"
                 "  - {key: p, label: 流程, kind: list, show: table, "
                 "item: {kind: text}}\n"
                 "  - {key: t, label: 文, kind: text, show: steps}\n"),
      diags);
  const FieldSpec* m = c.schemas.at("t").FindField("m");
  EXPECT_EQ(m->section, "申请材料");
  EXPECT_EQ(m->show, "checklist");
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/t.yaml:5:43: error[D602]: \"show\" is "
            "\"checklist\" or \"steps\", not \"table\"\n"
            "content/schemas/t.yaml:6:42: error[D602]: \"show\" is for "
            "lists, not for a field of kind text\n");
}

// A core schema whose validity field is written by `validity`.
SiteSources WithValidity(const std::string& validity) {
  return Sources(
      kSite, "departments: []\n",
      {{"content/schemas/core.yaml",
        "fields:\n  - {key: title, label: 标题, kind: text}\n" + validity},
       {"content/schemas/t.yaml", "type: t\nlabel: T\n"}});
}

TEST(ConfigTest, ReadsWhatEachValidityValueMeans) {
  Diagnostics diags;
  Config c = ParseConfig(
      WithValidity("  - key: validity\n    label: 有效性\n    kind: enum\n"
                   "    values: [现行有效, 已失效, 已废止]\n"
                   "    meanings: {现行有效: in_force, 已失效: expired, "
                   "已废止: repealed}\n"),
      diags);
  EXPECT_EQ(FormatText(diags), "");
  const Schema& s = c.schemas.at("t");
  EXPECT_EQ(s.ValidityOf("现行有效"), Validity::kInForce);
  EXPECT_EQ(s.ValidityOf("已失效"), Validity::kExpired);
  EXPECT_EQ(s.ValidityOf("已废止"), Validity::kRepealed);
  EXPECT_EQ(s.ValidityOf("废止"), Validity::kInForce);  // not its word
  EXPECT_EQ(s.InForceValue(), "现行有效");
  EXPECT_EQ(c.ValidityOf("t", "已废止"), Validity::kRepealed);
}

// A schema written before `meanings` existed keeps today's behaviour.
TEST(ConfigTest, ValidityValuesMeanWhatTheyAlwaysMeantWithoutMeanings) {
  Diagnostics diags;
  Config c =
      ParseConfig(WithValidity("  - {key: validity, label: 有效性, kind: enum, "
                               "values: [失效, 有效, 废止, 部分有效]}\n"),
                  diags);
  EXPECT_EQ(FormatText(diags), "");
  const Schema& s = c.schemas.at("t");
  EXPECT_EQ(s.ValidityOf("有效"), Validity::kInForce);
  EXPECT_EQ(s.ValidityOf("失效"), Validity::kExpired);
  EXPECT_EQ(s.ValidityOf("废止"), Validity::kRepealed);
  EXPECT_EQ(s.ValidityOf("部分有效"), Validity::kInForce);
  EXPECT_EQ(s.InForceValue(), "有效");
  // A record of a type the site no longer has.
  EXPECT_EQ(c.ValidityOf("gone", "废止"), Validity::kRepealed);
  EXPECT_EQ(c.ValidityOf("gone", "失效"), Validity::kExpired);
  EXPECT_EQ(c.ValidityOf("gone", "有效"), Validity::kInForce);
}

TEST(ConfigTest, RefusesAMeaningThatIsNotInForceExpiredOrRepealed) {
  Diagnostics diags;
  ParseConfig(
      WithValidity("  - key: validity\n    label: 有效性\n    kind: enum\n"
                   "    values: [有效, 失效, 废止]\n"
                   "    meanings:\n      有效: in_force\n      失效: lapsed\n"
                   "      废止: repealed\n"),
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/schemas/core.yaml:9:11: error[D602]: the meaning of "
            "\"失效\" must be in_force, expired or repealed, got \"lapsed\"\n"
            "  hint: in_force: the document applies; expired: it no longer "
            "applies (失效); repealed: it was revoked (废止)\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/schemas/core.yaml:9:11: error[D602]: “失效”的含义应为 "
      "in_force、expired 或 repealed，现为“lapsed”\n"
      "  "
      "提示：in_force：文件有效；expired：文件已失效；repealed：文件已废止\n");
}

TEST(ConfigTest, RefusesMeaningsForOtherValuesOrFieldsAndMissingOnes) {
  Diagnostics diags;
  ParseConfig(
      WithValidity("  - key: validity\n    label: 有效性\n    kind: enum\n"
                   "    values: [有效, 废止]\n"
                   "    meanings: {有效: in_force, 作废: repealed}\n"
                   "  - {key: kind, label: 类别, kind: enum, values: [甲], "
                   "meanings: {甲: in_force}}\n"),
      diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/core.yaml:7:15: error[D602]: \"meanings\" gives "
            "no meaning for \"废止\"\n"
            "  hint: add 废止: in_force, expired or repealed\n"
            "content/schemas/core.yaml:7:30: error[D602]: \"meanings\" names "
            "\"作废\", which is not one of the values 有效, 废止\n"
            "content/schemas/core.yaml:8:63: error[D602]: \"meanings\" is for "
            "the enum field validity, not for \"kind\"\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/schemas/core.yaml:7:15: error[D602]: "
            "含义（meanings）没有给出“废止”的含义\n"
            "  提示：添加 废止: in_force、expired 或 repealed\n"
            "content/schemas/core.yaml:7:30: error[D602]: "
            "含义（meanings）中的“作废”不是可选值（有效、废止）之一\n"
            "content/schemas/core.yaml:8:63: error[D602]: "
            "含义（meanings）只用于枚举字段 validity，不用于“kind”\n");
}

TEST(ConfigTest, ReadsTheWindowAssessmentRole) {
  const std::string fields =
      "fields:\n"
      "  - {key: period, label: 考核期, kind: period}\n"
      "  - {key: red_flag, label: 红旗窗口, kind: list, "
      "item: {kind: department}}\n";
  Diagnostics diags;
  Config c = ParseConfig(
      Sources(
          kSite, "departments: []\n",
          {{"content/schemas/core.yaml", "fields: []\n"},
           {"content/schemas/rating.yaml",
            "type: rating\nlabel: 考核\nrole: window_assessment\n" + fields},
           {"content/schemas/assessment.yaml",
            "type: assessment\nlabel: 考核通报\n" + fields},
           {"content/schemas/notice.yaml", "type: notice\nlabel: 通知\n"}}),
      diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_TRUE(c.IsWindowAssessment("rating"));
  EXPECT_TRUE(c.IsWindowAssessment("assessment"));  // as it always was
  EXPECT_FALSE(c.IsWindowAssessment("notice"));
  EXPECT_FALSE(c.IsWindowAssessment("unknown"));
  // Without schemas (a record, a test's own config), the type's name says.
  EXPECT_TRUE(Config().IsWindowAssessment("assessment"));
  EXPECT_FALSE(Config().IsWindowAssessment("notice"));
}

TEST(ConfigTest, RefusesAnUnknownRoleAndARoleWithoutItsFields) {
  Diagnostics diags;
  ParseConfig(
      Sources(kSite, "departments: []\n",
              {{"content/schemas/core.yaml", "fields: []\n"},
               {"content/schemas/a.yaml", "type: a\nlabel: A\nrole: ranking\n"},
               {"content/schemas/b.yaml",
                "type: b\nlabel: B\nrole: window_assessment\nfields:\n"
                "  - {key: period, label: 考核期, kind: text}\n"
                "  - {key: bottom, label: 末位, kind: list, "
                "item: {kind: text}}\n"}}),
      diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/a.yaml:3:7: error[D602]: unknown role "
            "\"ranking\"\n"
            "  hint: the role is window_assessment\n"
            "content/schemas/b.yaml:3:7: error[D602]: a schema of the role "
            "window_assessment needs a field \"period\" of kind period\n"
            "content/schemas/b.yaml:3:7: error[D602]: in a schema of the "
            "role window_assessment, \"bottom\" must be a list of "
            "departments\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/schemas/a.yaml:3:7: error[D602]: 未知的作用（role）“ranking”\n"
      "  提示：作用只能是 window_assessment\n"
      "content/schemas/b.yaml:3:7: error[D602]: 作用为 window_assessment "
      "的文档类型定义（schema）缺少类型为 period 的字段“period”\n"
      "content/schemas/b.yaml:3:7: error[D602]: 在作用为 window_assessment "
      "的文档类型定义（schema）中，“bottom”应为部门的列表\n");
}

TEST(ConfigTest, ReadsTableColumnsWithAliasesRolesAndAllowUnfixed) {
  Diagnostics diags;
  Config c = ParseConfig(
      WithSchema(
          "type: t\nlabel: T\ntables:\n  allow_unfixed: false\n"
          "  columns:\n"
          "    - {label: 项目, kind: text, required: true}\n"
          "    - {label: 单位, role: unit, aliases: [计费单位]}\n"
          "    - {label: 价格, aliases: [收费标准, 标准], kind: amount}\n"
          "    - {label: 备注, role: remark}\n"),
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/schemas/t.yaml:9:25: error[D602]: a column's role is "
            "item, unit or amount, got \"remark\"\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/schemas/t.yaml:9:25: error[D602]: 列的作用（role）应为 "
            "item、unit 或 amount，现为“remark”\n");
  const TableSpec& t = *c.schemas.at("t").tables;
  EXPECT_FALSE(t.allow_unfixed);
  ASSERT_EQ(t.columns.size(), 4u);
  // Without role: the amount column by its kind, the first text column
  // names the item.
  EXPECT_EQ(t.columns[0].role, ColumnRole::kItem);
  EXPECT_EQ(t.columns[1].role, ColumnRole::kUnit);
  EXPECT_EQ(t.columns[1].aliases, (std::vector<std::string>{"计费单位"}));
  EXPECT_EQ(t.columns[2].role, ColumnRole::kAmount);
  EXPECT_EQ(t.columns[2].aliases,
            (std::vector<std::string>{"收费标准", "标准"}));
  EXPECT_EQ(t.columns[3].role, ColumnRole::kNone);
}

TEST(ConfigTest, AllowsUnfixedFeesUnlessTheSchemaSaysNo) {
  Diagnostics diags;
  Config c = ParseConfig(WithSchema("type: t\nlabel: T\ntables:\n  columns:\n"
                                    "    - {label: 价格, kind: amount}\n"),
                         diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_TRUE(c.schemas.at("t").tables->allow_unfixed);
}

}  // namespace
}  // namespace disclose
