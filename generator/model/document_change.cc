#include "model/document_change.h"

namespace disclose {

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
