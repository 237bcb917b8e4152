// The pages of a document's versions (site/history_pages.h) next to its
// page (site/document_page.h): a field reads the same on both, and the
// text comparison is data for the theme's text-diff partial.
#include "site/history_pages.h"

#include <gtest/gtest.h>

#include "model/record.h"
#include "site/document_page.h"

namespace disclose {
namespace {

FieldSpec Field(const std::string& key, const std::string& label,
                FieldKind kind) {
  FieldSpec f;
  f.key = key;
  f.label = label;
  f.kind = kind;
  return f;
}

class HistoryPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_.site.base_url = "https://x.example/";
    config_.site.base_path = "/";
    config_.site.sections = {{"guides", "办事指南"}};
    Schema schema;
    schema.type = "service-guide";
    schema.label = "办事指南";
    schema.fields.push_back(Field("title", "标题", FieldKind::kText));
    schema.fields.push_back(Field("index_no", "索引号", FieldKind::kIndexNo));
    FieldSpec conditions = Field("conditions", "申请条件", FieldKind::kList);
    conditions.item.push_back(Field("", "", FieldKind::kText));
    schema.fields.push_back(conditions);
    FieldSpec keywords = Field("keywords", "主题词", FieldKind::kList);
    keywords.item.push_back(Field("", "", FieldKind::kText));
    schema.fields.push_back(keywords);
    config_.schemas["service-guide"] = schema;
    strings_.Set("version_label", "第 {n} 版");
    strings_.Set("diff_skipped", "……（未改动的文字，字数 {n}）……");
  }

  // A version of the guide: its conditions (some sentences, longer than
  // twenty characters), keywords and text.
  Document Guide(std::vector<std::string> conditions,
                 std::vector<std::string> keywords, const std::string& body) {
    Document doc;
    doc.type = "service-guide";
    doc.section = "guides";
    doc.slug = "permit";
    doc.url = "/guides/2005/permit/";
    doc.source_path = "content/guides/2005/permit.md";
    doc.fields = Value::Map();
    doc.fields.Set("title", "建筑工程施工许可办事指南");
    doc.fields.Set("index_no", "00817402-1/2005-00004");
    auto list = [](const std::vector<std::string>& items) {
      Value v = Value::List();
      for (const auto& i : items) v.Push(i);
      return v;
    };
    doc.fields.Set("conditions", list(conditions));
    doc.fields.Set("keywords", list(keywords));
    doc.body_markdown = body;
    FillCoreFields(doc);
    return doc;
  }

  // The value of the metadata row labelled `label` on a document page.
  static std::string MetaValue(const Page& page, const std::string& label) {
    for (const auto& row : page.data.Find("doc")->Find("meta")->list()) {
      if (row.Find("label")->as_string() == label) {
        return row.Find("value")->as_string();
      }
    }
    return "(no row " + label + ")";
  }

  // The change of field `label` on a comparison page: {before, after}.
  static const Value* Change(const Page& page, const std::string& label) {
    for (const auto& f : page.data.Find("diff")->Find("fields")->list()) {
      if (f.Find("label")->as_string() == label) return &f;
    }
    return nullptr;
  }

  Config config_;
  Value strings_ = Value::Map();
};

TEST_F(HistoryPagesTest, AListFieldReadsTheSameOnTheDocumentAndItsComparison) {
  const Document v1 =
      Guide({"已经办理该建筑工程的用地批准手续，并取得国有土地使用证",
             "施工场地已经基本具备施工条件"},
            {"施工许可", "行政许可"}, "正文");
  const Document v2 =
      Guide({"已经办理该建筑工程的用地批准手续，并取得国有土地使用证",
             "有满足施工需要的施工图纸及技术资料，施工图设计文件已经审查合格"},
            {"施工许可"}, "正文");
  SiteHistory history;
  history.versions[v2.index_no] = {
      {1, "2005-04-05", "", DocumentRecord(v1), false},
      {2, "2005-06-01", "更新申请条件", DocumentRecord(v2), false}};
  std::vector<Document> docs = {v2};
  const SiteContext ctx = MakeSiteContext(config_, docs, strings_, &history);

  const Page current = DocumentPage(ctx, docs[0], {});
  const std::vector<Page> pages = HistoryPages(ctx, docs[0], {});
  const Page* v1_page = nullptr;
  const Page* diff = nullptr;
  for (const auto& p : pages) {
    if (p.url == "/guides/2005/permit/v/1/") v1_page = &p;
    if (p.url == "/guides/2005/permit/diff/2/") diff = &p;
  }
  ASSERT_NE(v1_page, nullptr);
  ASSERT_NE(diff, nullptr);
  for (const char* label : {"申请条件", "主题词"}) {
    const Value* change = Change(*diff, label);
    ASSERT_NE(change, nullptr) << label;
    EXPECT_EQ(change->Find("after")->as_string(), MetaValue(current, label));
    EXPECT_EQ(change->Find("before")->as_string(), MetaValue(*v1_page, label));
  }
  // Sentences numbered one a line, words joined by 、, on every page.
  EXPECT_EQ(
      MetaValue(current, "申请条件"),
      "1. 已经办理该建筑工程的用地批准手续，并取得国有土地使用证\n"
      "2. 有满足施工需要的施工图纸及技术资料，施工图设计文件已经审查合格");
  EXPECT_EQ(Change(*diff, "主题词")->Find("before")->as_string(),
            "施工许可、行政许可");
}

TEST_F(HistoryPagesTest, NoHistoryNoPages) {
  std::vector<Document> docs = {Guide({"短"}, {}, "")};
  const SiteContext ctx = MakeSiteContext(config_, docs, strings_, nullptr);
  EXPECT_TRUE(HistoryPages(ctx, docs[0], {}).empty());
  EXPECT_EQ(DocumentPage(ctx, docs[0], {}).data.Find("doc")->Find("history"),
            nullptr);
}

TEST_F(HistoryPagesTest, TextDiffIsSpansWithLongUnchangedStretchesShortened) {
  const SiteContext ctx{config_, strings_, nullptr, {}, {}, {}};
  std::string long_text;
  for (int i = 0; i < 250; ++i) long_text += "字";
  const Value spans = TextDiffSpans(ctx, {{DiffSpan::kEqual, "开头"},
                                          {DiffSpan::kDelete, "旧<b>"},
                                          {DiffSpan::kInsert, "新"},
                                          {DiffSpan::kEqual, long_text}});
  const auto& list = spans.list();
  ASSERT_EQ(list.size(), 4u);
  EXPECT_TRUE(list[0].Find("is_equal")->as_bool());
  EXPECT_EQ(list[0].Find("text")->as_string(), "开头");
  // Text, not HTML: the template escapes it.
  EXPECT_TRUE(list[1].Find("is_delete")->as_bool());
  EXPECT_EQ(list[1].Find("text")->as_string(), "旧<b>");
  EXPECT_TRUE(list[2].Find("is_insert")->as_bool());
  EXPECT_TRUE(list[3].Find("is_skip")->as_bool());
  EXPECT_EQ(list[3].Find("head")->as_string(), long_text.substr(0, 80 * 3));
  EXPECT_EQ(list[3].Find("tail")->as_string(), long_text.substr(170 * 3));
  EXPECT_EQ(list[3].Find("skip_text")->as_string(),
            "……（未改动的文字，字数 90）……");
}

}  // namespace
}  // namespace disclose
