#include "config/index_no_layouts.h"

#include <gtest/gtest.h>

#include "config/config.h"

namespace disclose {
namespace {

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: news, name: 动态}]\n"
    "categories: [{slug: a, name: 甲}]\n";

const char kDepartments[] =
    "departments:\n"
    "  - {id: a, name: 甲局, org_code: 00817365-1}\n";

// The configuration of kSite with `extra` appended, and its diagnostics.
Config Parse(const std::string& extra, Diagnostics& diags,
             const std::string& departments = kDepartments) {
  SiteSources s;
  s.site_config = {"content/site.yaml", kSite + extra};
  s.departments = {"content/departments.yaml", departments};
  Config c = ParseConfig(s, diags);
  diags.Sort();
  return c;
}

TEST(IndexNoLayoutsTest, ReadsALayoutIntoTokens) {
  IndexNoLayout l = ParseIndexNoLayout("{org}/{yyyymm}-{nnnnnn}");
  EXPECT_TRUE(l.error.empty());
  ASSERT_EQ(l.tokens.size(), 5u);
  EXPECT_EQ(l.tokens[0].kind, IndexNoLayoutToken::kOrg);
  EXPECT_EQ(l.tokens[1].literal, "/");
  EXPECT_EQ(l.tokens[2].kind, IndexNoLayoutToken::kYearMonth);
  EXPECT_EQ(l.tokens[4].kind, IndexNoLayoutToken::kSerial);
  EXPECT_EQ(l.tokens[4].digits, 6u);
  EXPECT_TRUE(l.HasOrg());
  EXPECT_FALSE(l.HasLocalPrefix());
}

TEST(IndexNoLayoutsTest, AcceptsALayoutWithoutYearOrWithALocalPrefix) {
  EXPECT_TRUE(ParseIndexNoLayout("{org}/{nnnnnn}").error.empty());
  IndexNoLayout prefixed = ParseIndexNoLayout("YP-{yyyy}-{nnnn}");
  EXPECT_TRUE(prefixed.error.empty());
  EXPECT_FALSE(prefixed.HasOrg());
  EXPECT_TRUE(prefixed.HasLocalPrefix());
  EXPECT_TRUE(ParseIndexNoLayout("常财-{nnnn}").HasLocalPrefix());
  EXPECT_TRUE(ParseIndexNoLayout("430000/{yyyy}-{nnnnn}").HasLocalPrefix());
  EXPECT_FALSE(ParseIndexNoLayout("-{yyyy}-{nnnnn}").HasLocalPrefix());
}

TEST(IndexNoLayoutsTest, RefusesLayoutsThatCannotNumberDocuments) {
  struct Case {
    const char* layout;
    const char* error;
  };
  const Case cases[] = {
      {"ABC",
       "has no serial ({nnnnn}), so every document would get the "
       "same 索引号"},
      {"{org}/{yyyy}",
       "has no serial ({nnnnn}), so every document would "
       "get the same 索引号"},
      {"{org}/{YYYY}-{nnnnn}", "has the unknown placeholder {YYYY}"},
      {"{org}/{year}-{nnnnn}", "has the unknown placeholder {year}"},
      {"{org}/{yyyy-{nnnnn}", "has the unknown placeholder {yyyy-{nnnnn}"},
      {"{org}/{yyyy}-{nnnnn", "has a \"{\" without \"}\""},
      {"{org}/{nnn}-{nnnnn}", "has two serials"},
      {"{org}/{org}-{nnnnn}", "has {org} twice"},
      {"{org}/{yyyy}{yyyymm}-{nnnnn}", "has the year twice"},
      {"{org}/{nnnnnnnnnn}", "has a serial of 10 digits"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ParseIndexNoLayout(c.layout).error.en, c.error) << c.layout;
  }
  EXPECT_EQ(ParseIndexNoLayout("{org}/{YYYY}-{nnnnn}").hint,
            (Said{"write {yyyy}: placeholders are written in lower case",
                  "改为 {yyyy}：占位符用小写字母书写"}));
}

TEST(IndexNoLayoutsTest, APlainTextIsOneLayoutByTheYearOfPublication) {
  Diagnostics diags;
  Config c = Parse("index_no: \"{org}-{yyyy}-{nnnnnn}\"\n", diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.site.index_no_layouts,
            std::vector<std::string>{"{org}-{yyyy}-{nnnnnn}"});
  EXPECT_EQ(c.site.index_no_layout, "{org}-{yyyy}-{nnnnnn}");
  EXPECT_EQ(c.site.index_no_year_of, IndexNoYear::kPublished);
}

TEST(IndexNoLayoutsTest, ReadsSeveralLayoutsAndTheYearOfWriting) {
  Diagnostics diags;
  Config c = Parse(
      "index_no:\n"
      "  layouts: [\"{org}/{yyyy}-{nnnnn}\", \"{org}/{yyyymm}-{nnnnnn}\"]\n"
      "  year_of: written\n",
      diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.site.index_no_layouts,
            (std::vector<std::string>{"{org}/{yyyy}-{nnnnn}",
                                      "{org}/{yyyymm}-{nnnnnn}"}));
  EXPECT_EQ(c.site.index_no_layout, "{org}/{yyyy}-{nnnnn}");
  EXPECT_EQ(c.site.index_no_year_of, IndexNoYear::kWritten);
}

TEST(IndexNoLayoutsTest, AListIsTheLayoutsByTheYearOfPublication) {
  Diagnostics diags;
  Config c =
      Parse("index_no: [\"{org}/{yyyy}-{nnnnn}\", \"YP-{nnnnnn}\"]\n", diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.site.index_no_layouts,
            (std::vector<std::string>{"{org}/{yyyy}-{nnnnn}", "YP-{nnnnnn}"}));
  EXPECT_EQ(c.site.index_no_year_of, IndexNoYear::kPublished);
}

TEST(IndexNoLayoutsTest, RefusesALayoutWithoutSerialAtItsLine) {
  Diagnostics diags;
  Config c = Parse("index_no: ABC\n", diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:6:11: error[D604]: 索引号 layout \"ABC\" has "
            "no serial ({nnnnn}), so every document would get the same "
            "索引号\n"
            "  hint: add a serial, such as {org}/{yyyy}-{nnnnn}; the "
            "placeholders are {org}, {yyyy}, {yyyymm} and a run of n for the "
            "serial, such as {nnnnn}\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/site.yaml:6:11: error[D604]: "
      "索引号格式“ABC”没有流水号（{nnnnn}），每份文档都会得到同一个索引号\n"
      "  提示：添加流水号，例如 {org}/{yyyy}-{nnnnn}；占位符有 "
      "{org}、{yyyy}、{yyyymm}，以及表示流水号的一串 n，例如 {nnnnn}\n");
  // `disclose new` still has a layout to give.
  EXPECT_EQ(c.site.index_no_layout, "{org}/{yyyy}-{nnnnn}");
}

TEST(IndexNoLayoutsTest, RefusesASiteLayoutWithoutOrgOrPrefix) {
  Diagnostics diags;
  Parse(
      "index_no:\n  layouts:\n    - \"{org}/{yyyy}-{nnnnn}\"\n"
      "    - \"{yyyy}-{nnnnn}\"\n    - \"YP-{yyyy}-{nnnnn}\"\n",
      diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:9:7: error[D605]: 索引号 layout "
            "\"{yyyy}-{nnnnn}\" has no {org}, so two departments would give "
            "the same 索引号\n"
            "  hint: add {org} (for example {org}/{yyyy}-{nnnnn}), begin it "
            "with the site's own prefix (for example YP-{yyyy}-{nnnnn}), or "
            "give it to one department as index_no_layouts in "
            "content/departments.yaml\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:9:7: error[D605]: "
            "索引号格式“{yyyy}-{nnnnn}”没有 {org}，两个部门会给出同一个索引号\n"
            "  提示：添加 {org}（例如 "
            "{org}/{yyyy}-{nnnnn}），以网站自己的前缀开头（例如 "
            "YP-{yyyy}-{nnnnn}），或把它写进 content/departments.yaml "
            "中某一个部门的 index_no_layouts\n");
}

TEST(IndexNoLayoutsTest, RefusesAnUnknownYearOfAndAnEmptyList) {
  Diagnostics diags;
  Parse("index_no: {layouts: [], year_of: issued}\n", diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:6:21: error[D602]: \"layouts\" of index_no "
            "needs at least one layout\n"
            "  hint: for example layouts: [\"{org}/{yyyy}-{nnnnn}\"]\n"
            "content/site.yaml:6:34: error[D602]: \"year_of\" must be "
            "published or written, got \"issued\"\n"
            "  hint: published: the year of 发布日期; written: the year of "
            "成文日期\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:6:21: error[D602]: "
            "索引号（index_no）的“layouts”应至少有一个格式\n"
            "  提示：例如 layouts: [\"{org}/{yyyy}-{nnnnn}\"]\n"
            "content/site.yaml:6:34: error[D602]: “year_of”应为 published 或 "
            "written，现为“issued”\n"
            "  提示：published：按发布日期的年份；written：按成文日期的年份\n");
}

TEST(IndexNoLayoutsTest, ADepartmentMayHaveLayoutsOfItsOwnWithoutOrg) {
  Diagnostics diags;
  Config c = Parse("", diags,
                   "departments:\n"
                   "  - {id: a, name: 甲局, org_code: 00817365-1}\n"
                   "  - id: b\n    name: 乙局\n    org_code: 00817365-1\n"
                   "    index_no_layouts: [\"{yyyy}-{nnnn}\", \"{zz}\"]\n");
  EXPECT_EQ(FormatText(diags),
            "content/departments.yaml:6:41: error[D604]: 索引号 layout "
            "\"{zz}\" has the unknown placeholder {zz}\n"
            "  hint: the placeholders are {org}, {yyyy}, {yyyymm} and a run "
            "of n for the serial, such as {nnnnn}\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/departments.yaml:6:41: error[D604]: "
            "索引号格式“{zz}”中有未知的占位符 {zz}\n"
            "  提示：占位符有 {org}、{yyyy}、{yyyymm}，以及表示流水号的一串 "
            "n，例如 {nnnnn}\n");
  EXPECT_EQ(
      c.IndexNoLayoutsFor("b"),
      (std::vector<std::string>{"{yyyy}-{nnnn}", "{org}/{yyyy}-{nnnnn}"}));
  EXPECT_EQ(c.IndexNoLayoutsFor("a"),
            std::vector<std::string>{"{org}/{yyyy}-{nnnnn}"});
  EXPECT_EQ(c.IndexNoLayoutsFor("nobody"),
            std::vector<std::string>{"{org}/{yyyy}-{nnnnn}"});
}

TEST(IndexNoLayoutsTest, TwoDepartmentsMayShareAnOrganisationCode) {
  Diagnostics diags;
  Config c = Parse("", diags,
                   "departments:\n"
                   "  - {id: zf, name: 市人民政府, org_code: 00817301-0}\n"
                   "  - {id: zfb, name: 市政府办, org_code: \"008173010\"}\n");
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(c.departments.size(), 2u);
}

}  // namespace
}  // namespace disclose
