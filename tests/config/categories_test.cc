// 主题分类 as a tree in site.yaml: children, generated slugs, and how a
// document's name finds its category.
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
            "twice\n"
            "content/site.yaml:11:5: error[D602]: category name \"丁\\戊\" may "
            "not hold '\\', which separates a parent from its child\n"
            "  hint: give the child under `children:` of its parent\n"
            "content/site.yaml:13:5: error[D602]: category \"庚\" has the slug "
            "\"a\" of the category on line 12\n"
            "  hint: give it a slug of its own\n"
            "content/site.yaml:14:5: error[D602]: category slug \"Bad\" may "
            "hold only a-z, 0-9 and '-'\n");
}

}  // namespace
}  // namespace disclose
