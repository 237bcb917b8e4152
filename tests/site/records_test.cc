// Window assessment records (site/records.h): the page data on its own, and
// the sample site as citizens meet it, against the seed's ratings for
// November and December 2004.
#include "site/records.h"

#include <gtest/gtest.h>

#include "base/text.h"
#include "config/categories.h"
#include "pipeline/pipeline.h"
#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

// ---------------------------------------------------------------------------
// Page data

Document Assessment(const std::string& period, std::vector<std::string> red,
                    std::vector<std::string> bottom) {
  Document doc;
  doc.type = "assessment";
  doc.section = "assessments";
  doc.title = period + " 通报";
  doc.index_no = "00817365-1/2005-" + period.substr(5);
  doc.url = "/assessments/2005/r-" + period + "/";
  doc.validity = "有效";
  doc.fields = Value::Map();
  doc.fields.Set("period", period);
  auto list = [](const std::vector<std::string>& ids) {
    Value v = Value::List();
    for (const auto& id : ids) v.Push(id);
    return v;
  };
  if (!red.empty()) doc.fields.Set("red_flag", list(red));
  if (!bottom.empty()) doc.fields.Set("bottom", list(bottom));
  return doc;
}

class RecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_.site.base_path = "/zw/";
    config_.site.sections = {{"assessments", "考核通报"}};
    for (const char* id : {"a", "b", "c", "d"}) {
      Department d;
      d.id = id;
      d.name = std::string("市") + id + "局";
      d.window = std::string(id) + "窗口";
      config_.departments.push_back(d);
    }
    strings_ = Value::Map();
    strings_.Set("period_label", "{yyyy}年{m}月");
    strings_.Set("rating_red_flag", "红旗窗口");
    strings_.Set("rating_bottom", "考核分值末位");
    strings_.Set("rating_none", "未列入通报");
    strings_.Set("rank_text", "依次第 {n} 位（共 {total} 个）");
    strings_.Set("rank_short", "第{n}");
    strings_.Set("ranking_title", "{period}窗口考核结果");
  }

  WindowRecords Build(const std::vector<Document>& docs) {
    std::vector<const Document*> listed;
    for (const auto& d : docs) listed.push_back(&d);
    return BuildWindowRecords(config_, listed, strings_);
  }

  Config config_;
  Value strings_;
};

TEST_F(RecordsTest, OnlyListedAssessmentsHaveARankingPage) {
  Document doc = Assessment("2004-11", {"a"}, {});
  EXPECT_EQ(RankingUrl(config_, doc), "/assessments/2004-11/");
  Document repealed = doc;
  repealed.validity = "废止";
  EXPECT_EQ(RankingUrl(config_, repealed), "");
  Document withdrawn = doc;
  withdrawn.withdrawn = Withdrawal{Date{2005, 1, 1}, "有误"};
  EXPECT_EQ(RankingUrl(config_, withdrawn), "");
  Document notice = doc;
  notice.type = "notice";
  EXPECT_EQ(RankingUrl(config_, notice), "");
}

TEST_F(RecordsTest, NoAssessmentsNoRecords) {
  WindowRecords r = Build({});
  EXPECT_TRUE(r.pages.empty());
  EXPECT_TRUE(r.by_department.empty());
  EXPECT_TRUE(r.by_section.empty());
}

TEST_F(RecordsTest, ARankingPagePerPeriodInOrderWithItsNeighbours) {
  WindowRecords r = Build({Assessment("2004-12", {"b"}, {"a", "c"}),
                           Assessment("2004-11", {"a"}, {"c"})});
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].url, "/assessments/2004-11/");
  EXPECT_EQ(r.pages[0].title, "2004年11月窗口考核结果");
  EXPECT_EQ(r.pages[0].template_name, "ranking");
  EXPECT_EQ(r.pages[0].nav_current, "/assessments/");
  const Value& dec = *r.pages[1].data.Find("ranking");
  EXPECT_EQ(dec.Find("prev")->Find("url")->as_string(),
            "/zw/assessments/2004-11/");
  EXPECT_EQ(dec.Find("next"), nullptr);
  // The lowest scores, in the bulletin's order, with last period's rating.
  const Value& bottom = dec.Find("groups")->list()[1];
  EXPECT_EQ(bottom.Find("id")->as_string(), "bottom");
  ASSERT_EQ(bottom.Find("rows")->list().size(), 2u);
  const Value& first = bottom.Find("rows")->list()[0];
  EXPECT_EQ(first.Find("name")->as_string(), "市a局");
  EXPECT_EQ(first.Find("url")->as_string(), "/zw/departments/a/");
  EXPECT_EQ(first.Find("previous")->Find("label")->as_string(), "红旗窗口");
  EXPECT_EQ(bottom.Find("rows")
                ->list()[1]
                .Find("previous")
                ->Find("rank_text")
                ->as_string(),
            "依次第 1 位（共 1 个）");
}

TEST_F(RecordsTest, EveryDepartmentHasARecordOverEveryPeriod) {
  WindowRecords r = Build({Assessment("2004-11", {"a"}, {"c"}),
                           Assessment("2004-12", {"b"}, {"a", "c"})});
  ASSERT_EQ(r.by_department.size(), 4u);
  const Value& a = r.by_department.at("/departments/a/");
  EXPECT_TRUE(a.Find("has_ratings")->as_bool());
  const auto& rows = a.Find("rows")->list();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].Find("period_label")->as_string(), "2004年11月");
  EXPECT_EQ(rows[0].Find("url")->as_string(), "/zw/assessments/2004-11/");
  EXPECT_EQ(rows[0].Find("rating")->Find("id")->as_string(), "red-flag");
  EXPECT_EQ(rows[1].Find("rating")->Find("id")->as_string(), "bottom");
  EXPECT_EQ(rows[1].Find("rating")->Find("rank_text")->as_string(),
            "依次第 1 位（共 2 个）");
  // d was never named: its page says so and links the periods.
  const Value& d = r.by_department.at("/departments/d/");
  EXPECT_EQ(d.Find("has_ratings"), nullptr);
  EXPECT_EQ(d.Find("periods")->list().size(), 2u);
}

TEST_F(RecordsTest, TheChartTellsRatingsByShapeAndRowNotColourAlone) {
  WindowRecords r =
      Build({Assessment("2004-10", {}, {}), Assessment("2004-11", {"a"}, {}),
             Assessment("2004-12", {}, {"b", "a"})});
  const Value& chart = *r.by_department.at("/departments/a/").Find("chart");
  const auto& points = chart.Find("points")->list();
  ASSERT_EQ(points.size(), 3u);
  // Not named: a small ring on the third row.
  EXPECT_EQ(points[0].Find("id")->as_string(), "none");
  EXPECT_TRUE(points[0].Find("circle")->as_bool());
  EXPECT_EQ(points[0].Find("y")->as_string(), "104");
  // Red flag: a triangle pointing up on the top row.
  EXPECT_EQ(points[1].Find("polygon")->as_string(), "256,14 266,31 246,31");
  // Lowest score: a triangle pointing down on the bottom row, and its place.
  EXPECT_EQ(points[2].Find("polygon")->as_string(), "340,154 350,137 330,137");
  EXPECT_EQ(points[2].Find("note")->as_string(), "第2");
  EXPECT_EQ(chart.Find("trend")->as_string(), "172,104 256,24 340,144");
  EXPECT_EQ(chart.Find("desc")->as_string(),
            "2004年10月colon未列入通报separator2004年11月colon红旗窗口"
            "separator2004年12月colon考核分值末位 依次第 2 位（共 2 个）");
  EXPECT_EQ(chart.Find("width")->as_string(), "398");
  EXPECT_EQ(chart.Find("width_em")->as_string(), "26.6");
}

TEST_F(RecordsTest, TheSectionGetsAnOverviewLatestBestFirst) {
  WindowRecords r = Build({Assessment("2004-11", {"c"}, {"a"}),
                           Assessment("2004-12", {"a"}, {"c", "b"})});
  ASSERT_EQ(r.by_section.size(), 1u);
  const Value& windows = *r.by_section.at("/assessments/").Find("windows");
  const auto& rows = windows.Find("rows")->list();
  ASSERT_EQ(rows.size(), 3u);  // d was never named
  EXPECT_EQ(rows[0].Find("name")->as_string(), "市a局");
  EXPECT_EQ(rows[1].Find("name")->as_string(), "市c局");
  EXPECT_EQ(rows[2].Find("name")->as_string(), "市b局");
  EXPECT_EQ(rows[2].Find("cells")->list()[0].Find("id")->as_string(), "none");
}

// ---------------------------------------------------------------------------
// The sample site against the seed

// The seed's bulletin (../shared/seeds/000_a2a6e9ba7daf1129.txt), the names
// exactly as it writes them, in its order.
struct SeedPeriod {
  const char* period;
  std::vector<std::string> red_flag, advanced, bottom;
};
const std::vector<SeedPeriod>& Seed() {
  static const auto* seed = new std::vector<SeedPeriod>{
      {"2004-11",
       {"市国税局", "市交通局", "市房管局", "市地产交易中心", "市规划局",
        "市建设局"},
       {"市地税局", "市工商局", "市酒管办", "市民政局", "市劳动和社会保障局",
        "市国土资源局", "市外经局", "市发计委", "市地震局", "市财政局"},
       {"市消防支队", "市征稽处", "市司法局"}},
      {"2004-12",
       {"市国税局", "市交通局", "市房管局", "市地产交易中心", "市规划局",
        "市建设局"},
       {"市交警支队", "市地税局", "市工商局", "市公安局", "市城管局",
        "市征稽处", "市运管处", "市国土资源局", "市外经局", "市人防办",
        "市地震局", "市财政"},  // the seed's shorthand for 市财政局
       {"市质监局", "市建设工程交易中心", "市消防支队"}},
  };
  return *seed;
}

class SampleRecordsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    MemoryFileSystem fs;
    testing::LoadSampleSite(fs);
    site_ = new CheckedSite;
    ASSERT_NO_FATAL_FAILURE(testing::BuildWithoutErrors(fs, site_));
    out_ = new std::map<std::string, std::string>(testing::OutputFiles(fs));
  }
  static void TearDownTestSuite() {
    delete site_;
    delete out_;
  }

  static std::string IdOf(std::string name) {
    if (name == "市财政") name = "市财政局";
    for (const auto& d : site_->config.departments) {
      if (d.name == name) return d.id;
    }
    ADD_FAILURE() << "no department named " << name;
    return "";
  }

  static const Document* AssessmentOf(const std::string& period) {
    for (const auto& doc : site_->documents) {
      const Value* p = doc.fields.Find("period");
      if (doc.type == "assessment" && p && p->as_string() == period)
        return &doc;
    }
    return nullptr;
  }

  static CheckedSite* site_;
  static std::map<std::string, std::string>* out_;
};
CheckedSite* SampleRecordsTest::site_ = nullptr;
std::map<std::string, std::string>* SampleRecordsTest::out_ = nullptr;

TEST_F(SampleRecordsTest, AssessmentsNameExactlyTheSeedsDepartmentsInItsOrder) {
  for (const auto& p : Seed()) {
    const Document* doc = AssessmentOf(p.period);
    ASSERT_NE(doc, nullptr) << p.period;
    auto ids = [&](const char* key) {
      std::vector<std::string> out;
      if (const Value* v = doc->fields.Find(key)) {
        for (const auto& id : v->list()) out.push_back(id.as_string());
      }
      return out;
    };
    auto seed_ids = [&](const std::vector<std::string>& names) {
      std::vector<std::string> out;
      for (const auto& n : names) out.push_back(IdOf(n));
      return out;
    };
    EXPECT_EQ(ids("red_flag"), seed_ids(p.red_flag)) << p.period;
    EXPECT_EQ(ids("advanced"), seed_ids(p.advanced)) << p.period;
    EXPECT_EQ(ids("bottom"), seed_ids(p.bottom)) << p.period;
  }
}

TEST_F(SampleRecordsTest, EachRatedDepartmentHasARecordPageWithChartAndRows) {
  std::map<std::string, std::vector<std::string>> expected;  // id -> cells
  for (const auto& p : Seed()) {
    const std::string month =
        std::string(p.period).substr(0, 4) + "年" +
        std::to_string(std::stoi(std::string(p.period).substr(5))) + "月";
    auto add = [&](const std::vector<std::string>& names, const char* id,
                   const char* label) {
      for (const auto& n : names) {
        expected[IdOf(n)].push_back(
            "<a href=\"/assessments/" + std::string(p.period) + "/\">" + month +
            "</a></th><td><span class=\"rating rating-" + id +
            "\"><span class=\"mark\" aria-hidden=\"true\">" + label);
      }
    };
    add(p.red_flag, "red-flag", "▲</span> 红旗窗口");
    add(p.advanced, "advanced", "●</span> 先进窗口");
    add(p.bottom, "bottom", "▼</span> 考核分值末位");
  }
  EXPECT_EQ(expected.size(), 26u);
  for (const auto& [id, cells] : expected) {
    const std::string path = "departments/" + id + "/index.html";
    ASSERT_TRUE(out_->count(path)) << path;
    const std::string& page = out_->at(path);
    EXPECT_NE(page.find("<svg class=\"record-chart\" role=\"img\" "
                        "aria-labelledby=\"record-chart-title "
                        "record-chart-desc\""),
              std::string::npos)
        << path;
    EXPECT_NE(page.find("<title id=\"record-chart-title\">"),
              std::string::npos);
    EXPECT_NE(page.find("<desc id=\"record-chart-desc\">"), std::string::npos);
    EXPECT_NE(page.find("<table class=\"record-table\">"), std::string::npos);
    for (const auto& cell : cells) {
      EXPECT_NE(page.find(cell), std::string::npos) << path << "\n" << cell;
    }
  }
  // 市消防支队 was last in both months: the record says so in words.
  const std::string& xiaofang = out_->at("departments/xiaofang/index.html");
  EXPECT_NE(xiaofang.find("考核分值末位 2 次"), std::string::npos);
  EXPECT_NE(xiaofang.find("<td>依次第 3 位（共 3 个）</td>"),
            std::string::npos);
}

TEST_F(SampleRecordsTest, RankingPagesLinkBothWaysWithTheirBulletins) {
  for (const auto& p : Seed()) {
    const Document* doc = AssessmentOf(p.period);
    ASSERT_NE(doc, nullptr);
    const std::string url = "/assessments/" + std::string(p.period) + "/";
    const std::string& ranking = out_->at(url.substr(1) + "index.html");
    EXPECT_NE(ranking.find("href=\"" + doc->url + "\""), std::string::npos);
    for (const auto& n : p.bottom) {
      EXPECT_NE(ranking.find("href=\"/departments/" + IdOf(n) + "/\""),
                std::string::npos);
    }
    const std::string& bulletin = out_->at(doc->url.substr(1) + "index.html");
    EXPECT_NE(bulletin.find("<a href=\"" + url + "\">" + p.period + "</a>"),
              std::string::npos);
    EXPECT_NE(out_->at("assessments/index.html").find("href=\"" + url + "\""),
              std::string::npos);
  }
  EXPECT_NE(out_->at("assessments/2004-12/index.html")
                .find("rel=\"prev\" href=\"/assessments/2004-11/\""),
            std::string::npos);
}

// 城乡建设 has the child 建筑业 (a slug made from its path): the parent's
// list holds the child's documents, the child's page names its parent, and
// the index shows the child under its parent.
TEST_F(SampleRecordsTest, CategoryParentsListTheirChildrensDocuments) {
  const std::string child =
      "categories/" + GeneratedCategorySlug("城乡建设\\建筑业") + "/index.html";
  ASSERT_EQ(out_->count(child), 1u);
  EXPECT_NE(out_->at(child).find("/guides/2005/construction-permit/"),
            std::string::npos);
  EXPECT_NE(out_->at(child).find(
                "<li><a href=\"/categories/construction/\">城乡建设</a></li>"),
            std::string::npos);
  EXPECT_NE(out_->at("categories/construction/index.html")
                .find("/guides/2005/construction-permit/"),
            std::string::npos);
  const std::string& index = out_->at("categories/index.html");
  const size_t parent = index.find(">城乡建设</a>");
  const size_t nested = index.find("<ul class=\"group-children\">", parent);
  ASSERT_NE(parent, std::string::npos);
  EXPECT_LT(nested, index.find(">建筑业</a>"));
}

TEST_F(SampleRecordsTest, ServiceGuidesShowTheirFeeScheduleAndLimits) {
  const std::string& page =
      out_->at("guides/2005/construction-permit/index.html");
  EXPECT_NE(page.find("<a href=\"/fees/2005/construction-trading-fees/\">"),
            std::string::npos);
  EXPECT_NE(page.find("<span class=\"field-label\">承诺办结时限：</span>"
                      "7个工作日</p>"),
            std::string::npos);
  // 即办 (0), and several telephone numbers in one field, as written.
  const std::string& now =
      out_->at("guides/2005/tax-payment-certificate/index.html");
  EXPECT_NE(now.find("<span class=\"field-label\">办结时限：</span>即办</p>"),
            std::string::npos);
  EXPECT_NE(now.find("<a href=\"tel:07367254311\">0736-7254311</a>、"
                     "<a href=\"tel:07367254316\">0736-7254316</a>"),
            std::string::npos);
  EXPECT_NE(now.find("<th scope=\"row\">办件类型</th><td>即办件</td>"),
            std::string::npos);
  EXPECT_NE(now.find("<th scope=\"row\">主题分类</th><td><a "
                     "href=\"/categories/c-12589cad/\">政务服务\\公共服务</a>"),
            std::string::npos);
  EXPECT_NE(page.find("<li>已经办理该建筑工程的用地批准手续</li>"),
            std::string::npos);
  const std::string& free =
      out_->at("guides/2005/social-insurance-transfer/index.html");
  EXPECT_LT(free.find("<h2 id=\"sec-fee\">收费</h2>"),
            free.find("<p class=\"section-field\">免费</p>"));
  EXPECT_NE(free.find("<p class=\"section-field\">免费</p>"),
            std::string::npos);
  int guides = 0;
  for (const auto& doc : site_->documents)
    guides += doc.type == "service-guide";
  EXPECT_GE(guides, 3);
}

TEST(GuidePageTest, AnOnlineAddressIsALinkEscapedInItsAttribute) {
  MemoryFileSystem fs;
  testing::LoadSampleSite(fs);
  const std::string path =
      "site/content/guides/2005/tax-payment-certificate.md";
  std::string text = *fs.ReadFile(path);
  const std::string hours = "hours: ";
  text.insert(
      text.find(hours),
      "online_url: https://zwfw.example.gov.cn/item?code=DS-FW-006&a=1\n");
  ASSERT_TRUE(fs.WriteFile(path, text, false).ok());
  CheckedSite site;
  ASSERT_NO_FATAL_FAILURE(testing::BuildWithoutErrors(fs, &site));
  const std::string page =
      *fs.ReadFile("/out/guides/2005/tax-payment-certificate/index.html");
  EXPECT_NE(
      page.find(
          "<span class=\"field-label\">网上办理地址：</span><a "
          "href=\"https://zwfw.example.gov.cn/item?code=DS-FW-006&amp;a=1\">"
          "https://zwfw.example.gov.cn/item?code=DS-FW-006&amp;a=1</a>"),
      std::string::npos);
}

}  // namespace
}  // namespace disclose
