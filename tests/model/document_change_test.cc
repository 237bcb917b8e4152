// The one rule for what a publication does to a document, on records as
// publish reads them back and as a build makes them.
#include "model/document_change.h"

#include <gtest/gtest.h>

#include <string>

namespace disclose {
namespace {

// A record as DocumentRecord writes it: a notice in force.
Value Record() {
  Value r = Value::Map();
  r.Set("index_no", "00817301-0/2005-00003");
  r.Set("type", "notice");
  r.Set("source", "content/notices/2005/consolidate-approval-items.md");
  r.Set("url", "/notices/2005/consolidate-approval-items/");
  Value fields = Value::Map();
  fields.Set("title", "关于进一步归集行政审批服务事项的通知");
  fields.Set("index_no", "00817301-0/2005-00003");
  fields.Set("published", "2005-03-01");
  fields.Set("validity", "有效");
  r.Set("fields", std::move(fields));
  r.Set("fee_tables", Value::List());
  r.Set("body_markdown", "各窗口单位：\n\n现将有关事项通知如下。\n");
  return r;
}

void SetField(Value& record, const std::string& key, Value v) {
  Value fields = *record.Find("fields");
  fields.Set(key, std::move(v));
  record.Set("fields", std::move(fields));
}

PublishedDoc Read(const Value& record) {
  PublishedDoc p;
  PublishedFromRecord(record, &p);
  return p;
}

// The sample's meanings (content/schemas/core.yaml), as Config::ValidityOf
// gives them.
Validity SampleMeaning(const std::string& /*type*/, const std::string& value) {
  if (value == "废止") return Validity::kRepealed;
  if (value == "失效") return Validity::kExpired;
  return Validity::kInForce;
}

DocumentChange Classify(const Value* before, const Value& after,
                        const ValidityMeaning& meaning = SampleMeaning) {
  const PublishedDoc now = Read(after);
  if (before == nullptr) return ClassifyChange(nullptr, now, meaning);
  const PublishedDoc last = Read(*before);
  return ClassifyChange(&last, now, meaning);
}

Value Withdrawn(Value record) {
  Value w = Value::Map();
  w.Set("date", "2005-06-01");
  w.Set("reason", "内容有误，已另行发布");
  SetField(record, "withdrawn", std::move(w));
  SetField(record, "change_note", "撤回");
  return record;
}

Value Repealed(Value record) {
  SetField(record, "validity", "废止");
  SetField(record, "repeal_reason", "已执行完毕");
  SetField(record, "change_note", "废止");
  return record;
}

TEST(DocumentChangeTest, NeverPublishedIsAdded) {
  EXPECT_EQ(Classify(nullptr, Record()), DocumentChange::kAdded);
  EXPECT_EQ(Classify(nullptr, Withdrawn(Record())), DocumentChange::kAdded);
  EXPECT_EQ(Classify(nullptr, Repealed(Record())), DocumentChange::kAdded);
}

TEST(DocumentChangeTest, TheSameRecordIsUnchanged) {
  const Value r = Record();
  EXPECT_EQ(Classify(&r, Record()), DocumentChange::kUnchanged);
  const Value w = Withdrawn(Record());
  EXPECT_EQ(Classify(&w, Withdrawn(Record())), DocumentChange::kUnchanged);
  const Value x = Repealed(Record());
  EXPECT_EQ(Classify(&x, Repealed(Record())), DocumentChange::kUnchanged);
}

TEST(DocumentChangeTest, AnyOtherChangeIsAnAmendment) {
  const Value before = Record();
  Value body = Record();
  body.Set("body_markdown", "各窗口单位：\n\n现将有关事项补充通知如下。\n");
  SetField(body, "change_note", "补充说明");
  EXPECT_EQ(Classify(&before, body), DocumentChange::kAmended);
  Value note_only = Record();
  SetField(note_only, "change_note", "更正错别字");
  EXPECT_EQ(Classify(&before, note_only), DocumentChange::kAmended);
  // 失效 (expired) is not repealed: an amendment like any other.
  Value expired = Record();
  SetField(expired, "validity", "失效");
  SetField(expired, "change_note", "已失效");
  EXPECT_EQ(Classify(&before, expired), DocumentChange::kAmended);
}

TEST(DocumentChangeTest, NewlyWithdrawnIsWithdrawn) {
  const Value before = Record();
  EXPECT_EQ(Classify(&before, Withdrawn(Record())), DocumentChange::kWithdrawn);
}

TEST(DocumentChangeTest, NewlyRepealedIsRepealed) {
  const Value before = Record();
  EXPECT_EQ(Classify(&before, Repealed(Record())), DocumentChange::kRepealed);
  Value expired = Record();
  SetField(expired, "validity", "失效");
  EXPECT_EQ(Classify(&expired, Repealed(Record())), DocumentChange::kRepealed);
}

TEST(DocumentChangeTest, WithdrawnAndRepealedAtOnceIsWithdrawn) {
  const Value before = Record();
  EXPECT_EQ(Classify(&before, Withdrawn(Repealed(Record()))),
            DocumentChange::kWithdrawn);
}

TEST(DocumentChangeTest, AWithdrawnOrRepealedDocumentThatChangesIsAmended) {
  const Value withdrawn = Withdrawn(Record());
  Value again = Withdrawn(Record());
  SetField(again, "change_note", "更正撤回原因");
  EXPECT_EQ(Classify(&withdrawn, again), DocumentChange::kAmended);
  // Repealed after it was withdrawn: not withdrawn again, so repealed.
  EXPECT_EQ(Classify(&withdrawn, Repealed(Withdrawn(Record()))),
            DocumentChange::kRepealed);
  const Value repealed = Repealed(Record());
  Value reason = Repealed(Record());
  SetField(reason, "repeal_reason", "已被新文件替代");
  SetField(reason, "change_note", "更正废止原因");
  EXPECT_EQ(Classify(&repealed, reason), DocumentChange::kAmended);
}

// Where publish (content key, change note, validity) and the build's
// pending publication (the whole record) used to judge differently: an
// empty change note written by hand into a published record. The commit
// said nothing while the build showed an amendment; both now see the
// same document (its content and its change note's text are unchanged).
TEST(DocumentChangeTest, AnEmptyChangeNoteIsNoChangeNote) {
  Value before = Record();
  SetField(before, "change_note", "");
  EXPECT_EQ(Classify(&before, Record()), DocumentChange::kUnchanged);
}

// A published record made by hand or by an older version, without the
// fields a record has now: what the document is now decides.
TEST(DocumentChangeTest, ARecordWithoutFieldsIsJudgedByTheDocumentNow) {
  Value bare = Value::Map();
  bare.Set("index_no", "00817301-0/2005-00003");
  EXPECT_EQ(Classify(&bare, Record()), DocumentChange::kAmended);
  EXPECT_EQ(Classify(&bare, Withdrawn(Record())), DocumentChange::kWithdrawn);
  EXPECT_EQ(Classify(&bare, Repealed(Record())), DocumentChange::kRepealed);
}

// The schema's meaning decides, not the word: a site whose schema calls
// its repealed value 已废止 sees a repeal; an expired value is an amendment.
TEST(DocumentChangeTest, TheSchemasMeaningDecidesWhatIsARepeal) {
  const Value before = Record();
  Value expired = Record();
  SetField(expired, "validity", "失效");
  SetField(expired, "change_note", "期满失效");
  EXPECT_EQ(Classify(&before, expired), DocumentChange::kAmended);

  Value own_word = Record();
  SetField(own_word, "validity", "已废止");
  SetField(own_word, "change_note", "废止");
  EXPECT_EQ(Classify(&before, own_word), DocumentChange::kAmended);
  auto own_meanings = [](const std::string&, const std::string& value) {
    return value == "已废止" ? Validity::kRepealed : Validity::kInForce;
  };
  EXPECT_EQ(Classify(&before, own_word, own_meanings),
            DocumentChange::kRepealed);
}

// Withdrawing or repealing needs no change_note: the reason is the note.
TEST(DocumentChangeTest, TheReasonIsTheNoteOfAWithdrawalOrARepeal) {
  Value before = Record();
  SetField(before, "change_note", "更正文号");
  const Value& first = *before.Find("fields");
  Value withdrawn = before;
  Value w = Value::Map();
  w.Set("date", "2005-06-01");
  w.Set("reason", "内容有误，已另行发布");
  SetField(withdrawn, "withdrawn", std::move(w));
  EXPECT_EQ(VersionNote(&first, *withdrawn.Find("fields")),
            "内容有误，已另行发布");
  Value repealed = before;
  SetField(repealed, "validity", "废止");
  SetField(repealed, "repeal_reason", "已被新办法取代");
  EXPECT_EQ(VersionNote(&first, *repealed.Find("fields")), "已被新办法取代");
  Value by = before;
  SetField(by, "validity", "废止");
  SetField(by, "repealed_by", "00817301-0/2005-00009");
  EXPECT_EQ(VersionNote(&first, *by.Find("fields")), "00817301-0/2005-00009");
  // A note of its own wins; a later amendment keeps its own note.
  SetField(repealed, "change_note", "废止并说明");
  EXPECT_EQ(VersionNote(&first, *repealed.Find("fields")), "废止并说明");
  Value later = repealed;
  SetField(later, "change_note", "补充附件");
  EXPECT_EQ(VersionNote(repealed.Find("fields"), *later.Find("fields")),
            "补充附件");
  EXPECT_EQ(VersionNote(nullptr, first), "更正文号");
}

}  // namespace
}  // namespace disclose
