#include "model/document_change.h"

namespace disclose {

namespace {

std::string TextOf(const Value* fields, const std::string& key) {
  const Value* v = fields ? fields->Find(key) : nullptr;
  return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
}

}  // namespace

std::string VersionNote(const Value* previous_fields, const Value& fields) {
  std::string note = TextOf(&fields, "change_note");
  if (previous_fields == nullptr) return note;
  if (note != TextOf(previous_fields, "change_note")) return note;
  const Value* withdrawn = fields.Find("withdrawn");
  if (withdrawn != nullptr && previous_fields->Find("withdrawn") == nullptr) {
    return TextOf(withdrawn, "reason");
  }
  for (const char* key : {"repeal_reason", "repealed_by"}) {
    std::string reason = TextOf(&fields, key);
    if (!reason.empty() &&
        (reason != TextOf(previous_fields, key) ||
         TextOf(&fields, "validity") != TextOf(previous_fields, "validity"))) {
      return reason;
    }
  }
  return note;
}

DocumentChange ClassifyChange(const PublishedDoc* previous,
                              const PublishedDoc& current,
                              const ValidityMeaning& meaning) {
  if (previous == nullptr) return DocumentChange::kAdded;
  if (current.content_key == previous->content_key &&
      current.change_note == previous->change_note) {
    return DocumentChange::kUnchanged;
  }
  if (current.withdrawn && !previous->withdrawn) {
    return DocumentChange::kWithdrawn;
  }
  auto repealed = [&](const PublishedDoc& d) {
    return meaning(d.type, d.validity) == Validity::kRepealed;
  };
  if (repealed(current) && !repealed(*previous)) {
    return DocumentChange::kRepealed;
  }
  return DocumentChange::kAmended;
}

}  // namespace disclose
