// The rules against the last publication, on documents in memory.
#include <gtest/gtest.h>

#include "model/record.h"
#include "validate/validate.h"

namespace disclose {
namespace {

Document Doc(const std::string& index_no, const std::string& source,
             const std::string& title) {
  Document d;
  d.index_no = index_no;
  d.source_path = source;
  d.url = "/news/2005/" +
          source.substr(source.rfind('/') + 1,
                        source.size() - source.rfind('/') - 4) +
          "/";
  d.title = title;
  d.fields = Value::Map();
  d.fields.Set("title", title);
  d.fields.Set("index_no", index_no);
  d.field_lines["index_no"] = 4;
  d.field_columns["index_no"] = 11;
  return d;
}

PublishedDoc Published(const Document& d) {
  PublishedDoc p;
  EXPECT_TRUE(PublishedFromRecord(DocumentRecord(d), &p));
  return p;
}

TEST(PublishedRulesTest, AnUnchangedSiteIsFine) {
  Document d = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Diagnostics diags;
  CheckAgainstPublished({d}, {Published(d)}, diags);
  EXPECT_EQ(FormatText(diags), "");
}

TEST(PublishedRulesTest, ADeletedDocumentMustBeWithdrawnInstead) {
  Document d = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Diagnostics diags;
  CheckAgainstPublished({}, {Published(d)}, diags);
  EXPECT_EQ(FormatText(diags),
            "content/news/2005/a.md: error[D800]: this document (索引号 "
            "A/2005-00001, 甲) was published and cannot simply be deleted\n"
            "  hint: put the file back and withdraw it: add withdrawn: "
            "{date: YYYY-MM-DD, reason: 撤回原因}\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/news/2005/a.md: error[D800]: 这份文档（索引号 "
            "A/2005-00001，甲）已经发布，不能直接删除\n"
            "  提示：把文件放回原处并撤回它：添加 withdrawn: "
            "{date: YYYY-MM-DD, reason: 撤回原因}\n");
}

TEST(PublishedRulesTest, TheIndexNoNeverChanges) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Document after = Doc("A/2005-00002", "content/news/2005/a.md", "甲");
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  EXPECT_EQ(FormatText(diags),
            "content/news/2005/a.md:4:11: error[D801]: 索引号 (index_no) was "
            "published as \"A/2005-00001\" and never changes, got "
            "\"A/2005-00002\"\n  hint: write A/2005-00001\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/news/2005/a.md:4:11: error[D801]: 索引号（index_no）已按"
            "“A/2005-00001”发布，不能更改，现为“A/2005-00002”\n"
            "  提示：改为 A/2005-00001\n");
}

TEST(PublishedRulesTest, TheAddressNeverChanges) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Document after = Doc("A/2005-00001", "content/news/2005/b.md", "甲");
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  EXPECT_EQ(FormatText(diags),
            "content/news/2005/b.md:4:11: error[D802]: this document (索引号 "
            "A/2005-00001) was published at /news/2005/a/ and its address "
            "never changes\n  hint: move the file back to "
            "content/news/2005/a.md\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/news/2005/b.md:4:11: error[D802]: 这份文档（索引号 "
            "A/2005-00001）已在 /news/2005/a/ 发布，地址不能更改\n"
            "  提示：把文件移回 content/news/2005/a.md\n");
}

TEST(PublishedRulesTest, AChangeNeedsANewChangeNote) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Document after = before;
  after.body_markdown = "新的正文";
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  EXPECT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D803");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/news/2005/a.md:1:1: error[D803]: 文档发布后有改动，"
            "更新说明（change_note）应说明改了什么\n"
            "  提示：添加一行 change_note: 说明本次更新的内容\n");
  after.change_note = "修改正文";
  after.fields.Set("change_note", "修改正文");
  Diagnostics ok;
  CheckAgainstPublished({after}, {Published(before)}, ok);
  EXPECT_EQ(FormatText(ok), "");
}

TEST(PublishedRulesTest, AChangeUnderTheOldNoteNamesThePublishedNote) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  before.change_note = "更正文号";
  before.fields.Set("change_note", "更正文号");
  Document after = before;
  after.body_markdown = "新的正文";
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].hint,
            Said("write a new change_note; the published one is \"更正文号\"",
                 "写一条新的 change_note；已发布的是“更正文号”"));
}

TEST(PublishedRulesTest, WithdrawingNeedsNoChangeNoteOfItsOwn) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  before.change_note = "更正文号";
  before.fields.Set("change_note", "更正文号");
  Document after = before;
  Value withdrawn = Value::Map();
  withdrawn.Set("date", "2005-06-01");
  withdrawn.Set("reason", "所附表格有误，另行发布");
  after.fields.Set("withdrawn", withdrawn);
  after.withdrawn = Withdrawal{Date{2005, 6, 1}, "所附表格有误，另行发布"};
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  EXPECT_EQ(FormatText(diags), "");
}

TEST(PublishedRulesTest, RepealingNeedsNoChangeNoteOfItsOwn) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  before.validity = "有效";
  before.fields.Set("validity", "有效");
  Document after = before;
  after.validity = "废止";
  after.validity_meaning = Validity::kRepealed;
  after.fields.Set("validity", "废止");
  after.fields.Set("repeal_reason", "已被新办法取代");
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  EXPECT_EQ(FormatText(diags), "");
  // A repealed document that changes again needs a note as before.
  Document again = after;
  again.body_markdown = "补充说明";
  Diagnostics later;
  CheckAgainstPublished({again}, {Published(after)}, later);
  ASSERT_EQ(later.items().size(), 1u);
  EXPECT_EQ(later.items()[0].code, "D803");
  EXPECT_EQ(later.items()[0].hint.zh,
            "添加一行 change_note: 说明本次更新的内容");
}

TEST(PublishedRulesTest, AWithdrawnDocumentCannotComeBack) {
  Document before = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  before.fields.Set("withdrawn", Value::Map());
  Document after = Doc("A/2005-00001", "content/news/2005/a.md", "甲");
  Diagnostics diags;
  CheckAgainstPublished({after}, {Published(before)}, diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D804");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "content/news/2005/a.md:1:1: error[D804]: 这份文档已经撤回，不能恢复\n"
      "  提示：保留它的 withdrawn: 字段；需要时另行发布一份新文档\n");
}

}  // namespace
}  // namespace disclose
