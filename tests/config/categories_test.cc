// 主题分类 as a tree in site.yaml: children, generated slugs, and how a
// document's name finds its category; and how the messages about things
// listed twice name the first one.
#include "config/categories.h"

#include <gtest/gtest.h>

#include "config/config.h"

namespace disclose {
namespace {

SiteConfig Site(const std::string& categories, Diagnostics& diags) {
  SiteSources s;
  s.site_config = {"content/site.yaml",
                   "title: T\nbase_url: https://example.gov.cn/\n"
                   "publisher: {name: P, email: p@example.gov.cn}\n"
                   "sections: [{id: news, name: 动态}]\n"
                   "categories:\n" +
                       categories};
  s.departments = {"content/departments.yaml", "departments: []\n"};
  return ParseConfig(s, diags).site;
}

const char kTree[] =
    "  - {slug: services, name: 政务服务}\n"
    "  - name: 城乡建设、环境保护\n"
    "    children:\n"
    "      - {name: 城市规划}\n"
    "      - {name: 环境监测, slug: monitoring}\n"
    "  - name: 农业、林业、水利\n"
    "    children:\n"
    "      - {name: 水利}\n"
    "      - {name: 环境监测}\n";

TEST(CategoriesTest, ReadsATreeOfTwoLevelsParentsFirst) {
  Diagnostics diags;
  SiteConfig site = Site(kTree, diags);
  EXPECT_EQ(FormatText(diags), "");
  ASSERT_EQ(site.categories.size(), 7u);
  EXPECT_EQ(site.categories[1].name, "城乡建设、环境保护");
  EXPECT_EQ(site.categories[1].parent, "");
  EXPECT_EQ(site.categories[2].path, "城乡建设、环境保护\\城市规划");
  EXPECT_EQ(site.categories[2].parent, "城乡建设、环境保护");
  EXPECT_EQ(site.categories[3].slug, "monitoring");
  EXPECT_EQ(site.categories[0].slug, "services");
}

TEST(CategoriesTest, GeneratedSlugsDependOnTheNamesOnly) {
  Diagnostics diags;
  SiteConfig site = Site(kTree, diags);
  const std::string slug = site.categories[2].slug;
  EXPECT_EQ(slug, GeneratedCategorySlug("城乡建设、环境保护\\城市规划"));
  EXPECT_EQ(slug.size(), 10u);
  EXPECT_EQ(slug.substr(0, 2), "c-");
  EXPECT_TRUE(IsSlug(slug));
  // Known value: FNV-1a 64 of the empty path is cbf29ce484222325.
  EXPECT_EQ(GeneratedCategorySlug(""), "c-cbf29ce4");
  // Reordered, the same category keeps its slug.
  Diagnostics again;
  SiteConfig reordered = Site(
      "  - name: 农业、林业、水利\n"
      "    children: [{name: 水利}]\n"
      "  - name: 城乡建设、环境保护\n"
      "    children: [{name: 城市规划}]\n",
      again);
  EXPECT_EQ(FormatText(again), "");
  EXPECT_EQ(reordered.FindCategory("城市规划")->slug, slug);
  // The same child name under two parents gets two slugs.
  EXPECT_NE(site.categories[3].slug, site.categories[6].slug);
}

TEST(CategoriesTest, FindsByPathByUniqueNameAndByParentName) {
  Diagnostics diags;
  SiteConfig site = Site(kTree, diags);
  EXPECT_EQ(site.FindCategory("城市规划"), &site.categories[2]);
  EXPECT_EQ(site.FindCategory("城乡建设、环境保护\\城市规划"),
            &site.categories[2]);
  EXPECT_EQ(site.FindCategory("城乡建设、环境保护"), &site.categories[1]);
  EXPECT_EQ(site.FindCategory("农业、林业、水利\\环境监测"),
            &site.categories[6]);
  // Two children share the name: only the path finds one.
  EXPECT_EQ(site.FindCategory("环境监测"), nullptr);
  EXPECT_EQ(site.CategoriesNamed("环境监测").size(), 2u);
  EXPECT_EQ(site.FindCategory("城乡建设、环境保护\\水利"), nullptr);
  EXPECT_EQ(site.FindCategory("城乡"), nullptr);
}

TEST(CategoriesTest, FindsANameWrittenWithOtherCodePointsForTheSameCharacters) {
  Diagnostics diags;
  // 城 as the compatibility ideograph U+2F852, 规 as itself; and a
  // decomposed é (e and U+0301) in a site.yaml that writes it composed.
  SiteConfig site = Site(kTree + std::string("  - {name: caf\u00E9}\n"), diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(site.FindCategory("\U0002F852市规划"), &site.categories[2]);
  EXPECT_EQ(site.FindCategory("城乡建设、环境保护\\\U0002F852市规划"),
            &site.categories[2]);
  EXPECT_EQ(site.FindCategory("cafe\u0301"), &site.categories[7]);
  EXPECT_EQ(site.CategoriesNamed("环境监测").size(), 2u);
  // The generated slug is made from the normal form.
  EXPECT_EQ(site.categories[7].slug, GeneratedCategorySlug("caf\u00E9"));
}

TEST(CategoriesTest, TwoNamesOfTheSameCharactersAreOneCategoryListedTwice) {
  Diagnostics diags;
  Site("  - {name: 教育}\n  - {name: 教\U0002F982}\n", diags);
  EXPECT_EQ(
      FormatText(diags),
      "content/site.yaml:7:5: error[D602]: category \"教\U0002F982\" is the "
      "category \"教育\" of line 6 written with other Unicode code "
      "points: U+2F982 where that one has U+80B2\n"
      "  hint: write both names the same way (Unicode NFC), or give one "
      "another name\n");
}

TEST(CategoriesTest, AFlatListWorksAsBefore) {
  Diagnostics diags;
  SiteConfig site =
      Site("  - {slug: a, name: 甲}\n  - {slug: b, name: 乙}\n", diags);
  EXPECT_EQ(FormatText(diags), "");
  ASSERT_NE(site.FindCategory("乙"), nullptr);
  EXPECT_EQ(site.FindCategory("乙")->slug, "b");
  EXPECT_EQ(site.FindCategory("乙")->path, "乙");
}

TEST(CategoriesTest, ReportsThirdLevelsTwinsBackslashesAndSharedSlugs) {
  Diagnostics diags;
  Site(
      "  - name: 甲\n"
      "    children:\n"
      "      - name: 乙\n"
      "        children: [{name: 丙}]\n"
      "  - {name: 甲}\n"
      "  - {name: 丁\\戊}\n"
      "  - {name: 己, slug: a}\n"
      "  - {name: 庚, slug: a}\n"
      "  - {name: 辛, slug: Bad}\n",
      diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:9:19: error[D602]: category \"甲\\乙\" is "
            "already a child: categories have two levels at most\n"
            "content/site.yaml:10:5: error[D602]: category \"甲\" is listed "
            "twice (first at line 6)\n"
            "content/site.yaml:11:5: error[D602]: category name \"丁\\戊\" may "
            "not hold '\\', which separates a parent from its child\n"
            "  hint: give the child under `children:` of its parent\n"
            "content/site.yaml:13:5: error[D602]: category \"庚\" has the slug "
            "\"a\" of the category on line 12\n"
            "  hint: give it a slug of its own\n"
            "content/site.yaml:14:5: error[D602]: category slug \"Bad\" may "
            "hold only a-z, 0-9 and '-'\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:9:19: error[D602]: "
            "主题分类“甲\\乙”已是下级分类：主题分类最多两级\n"
            "content/site.yaml:10:5: error[D602]: "
            "主题分类“甲”重复（第一次出现在第 6 行）\n"
            "content/site.yaml:11:5: error[D602]: "
            "主题分类名称“丁\\戊”不能含有“\\”，它用来分隔上级分类和下级分类\n"
            "  提示：把下级分类写在上级分类的 `children:` 下\n"
            "content/site.yaml:13:5: error[D602]: 主题分类“庚”的 slug“a”与第 "
            "12 行的主题分类相同\n"
            "  提示：给它一个自己的 slug\n"
            "content/site.yaml:14:5: error[D602]: 主题分类的 slug“Bad”只能含有 "
            "a-z、0-9 和“-”\n");
}

// Two things of the configuration that clash (sections, departments,
// fields, types, as categories above): the message about the second names
// where the first one is, in both languages.
namespace clashes {

SiteSources Sources(const std::string& site, const std::string& departments,
                    std::vector<SourceFile> schemas = {}) {
  SiteSources s;
  s.site_config = {"content/site.yaml", site};
  s.departments = {"content/departments.yaml", departments};
  s.schemas = std::move(schemas);
  return s;
}

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: news, name: 动态}]\n"
    "categories: [{slug: a, name: 甲}]\n";

TEST(ClashesTest, ASectionListedTwiceNamesTheFirst) {
  Diagnostics diags;
  std::string site = kSite;
  site.replace(site.find("sections: [{id: news, name: 动态}]"),
               std::string("sections: [{id: news, name: 动态}]").size(),
               "sections:\n  - {id: news, name: 动态}\n"
               "  - {id: news, name: 新闻}\n");
  ParseConfig(Sources(site, "departments: []\n"), diags);
  EXPECT_EQ(FormatText(diags),
            "content/site.yaml:6:5: error[D602]: section \"news\" is listed "
            "twice (first at line 5)\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/site.yaml:6:5: error[D602]: 栏目“news”重复（第一次出现在"
            "第 5 行）\n");
}

TEST(ClashesTest, ADepartmentIdListedTwiceNamesTheFirst) {
  Diagnostics diags;
  ParseConfig(Sources(kSite,
                      "departments:\n"
                      "  - {id: a, name: 甲局, org_code: 00817365-1}\n"
                      "  - {id: b, name: 乙局, org_code: 00817365-1}\n"
                      "  - {id: a, name: 丙局, org_code: 00817365-1}\n"),
              diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message,
            (Said{"department id \"a\" is listed twice (first at line 2)",
                  "部门 id“a”重复（第一次出现在第 2 行）"}));
}

TEST(ClashesTest, AFieldDeclaredTwiceNamesTheFirstInItsFile) {
  Diagnostics diags;
  ParseConfig(Sources(kSite, "departments: []\n",
                      {{"content/schemas/core.yaml",
                        "fields:\n  - {key: title, label: 标题, kind: text}\n"},
                       {"content/schemas/guide.yaml",
                        "type: guide\nlabel: 办事指南\nfields:\n"
                        "  - {key: days, label: 时限, kind: days}\n"
                        "  - {key: title, label: 名称, kind: text}\n"
                        "  - {key: days, label: 天数, kind: days}\n"}}),
              diags);
  diags.Sort();
  EXPECT_EQ(FormatText(diags),
            "content/schemas/guide.yaml:5:5: error[D602]: field \"title\" is "
            "declared twice (first at line 2 of content/schemas/core.yaml)\n"
            "content/schemas/guide.yaml:6:5: error[D602]: field \"days\" is "
            "declared twice (first at line 4)\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/schemas/guide.yaml:5:5: error[D602]: 字段“title”重复定义"
            "（第一次出现在 content/schemas/core.yaml 第 2 行）\n"
            "content/schemas/guide.yaml:6:5: error[D602]: 字段“days”重复定义"
            "（第一次出现在第 4 行）\n");
}

TEST(ClashesTest, ATypeDeclaredByTwoSchemasNamesTheFirst) {
  Diagnostics diags;
  ParseConfig(Sources(kSite, "departments: []\n",
                      {{"content/schemas/core.yaml", "fields: []\n"},
                       {"content/schemas/a.yaml", "type: t\nlabel: 甲\n"},
                       {"content/schemas/b.yaml", "type: t\nlabel: 乙\n"}}),
              diags);
  EXPECT_EQ(FormatText(diags),
            "content/schemas/b.yaml:1:1: error[D602]: type \"t\" is declared "
            "by two schemas (first in content/schemas/a.yaml)\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/schemas/b.yaml:1:1: error[D602]: 文档类型“t”由两个文档类型"
            "定义（schema）声明（第一个是 content/schemas/a.yaml）\n");
}

}  // namespace clashes

}  // namespace
}  // namespace disclose
