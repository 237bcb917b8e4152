#include "model/document_change.h"

namespace disclose {

bool MeansRepealed(const std::string& validity) { return validity == "废止"; }

DocumentChange ClassifyChange(const PublishedDoc* previous,
                              const PublishedDoc& current) {
  if (previous == nullptr) return DocumentChange::kAdded;
  if (current.content_key == previous->content_key &&
      current.change_note == previous->change_note) {
    return DocumentChange::kUnchanged;
  }
  if (current.withdrawn && !previous->withdrawn) {
    return DocumentChange::kWithdrawn;
  }
  if (MeansRepealed(current.validity) && !MeansRepealed(previous->validity)) {
    return DocumentChange::kRepealed;
  }
  return DocumentChange::kAmended;
}

}  // namespace disclose
