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
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:1:1: error[D601]: a list \"categories\" is needed\n"
            "content/site.yaml:1:1: error[D601]: a list \"sections\" is needed\n"
            "content/site.yaml:1:1: error[D601]: site.yaml needs \"base_url\"\n"
            "content/site.yaml:1:1: error[D602]: site.yaml needs \"publisher\" "
            "with a name and an email\n"
            "  hint: publisher: {name: 市政务服务中心, email: zwzx@example.gov.cn}\n"
            "content/site.yaml:2:1: error[D603]: unknown setting \"colour\" in "
            "site.yaml\n"
            "  hint: the settings are title, subtitle, base_url, language, "
            "publisher, index_no, page_size, sections, categories\n");
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
}

TEST(ConfigTest, ReadsDepartmentsAndChecksTheirCodes) {
  Diagnostics diags;
  Config c = ParseConfig(
      Sources(kSite,
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
            "listed twice\n");
  ASSERT_NE(c.FindDepartment("a"), nullptr);
  EXPECT_EQ(c.FindDepartment("a")->full_name, "甲局");
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
            "index_no, doc_no, phone, department, document, category, days\n");
  const Schema& s = c.schemas.at("guide");
  ASSERT_EQ(s.fields.size(), 3u);
  EXPECT_EQ(s.fields[0].key, "title");
  EXPECT_EQ(s.fields[1].kind, FieldKind::kDays);
}

}  // namespace
}  // namespace disclose
