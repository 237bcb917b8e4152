// What a publication does to one document: the one rule behind the commit
// message's lines and trailers (publish/message.cc) and behind the pending
// publication a build shows on the history pages (history/history.cc), so
// that what a build announces is what the publication then records.
#pragma once

#include <functional>
#include <string>

#include "model/document.h"
#include "model/record.h"

namespace disclose {

enum class DocumentChange {
  kUnchanged,  // its record says the same, change note included
  kAdded,      // it was never published
  kAmended,    // anything else changed
  kRepealed,   // its validity now means repealed, and did not before
  kWithdrawn,  // it is now withdrawn, and was not before
};

// How `current` differs from `previous`, its record in the last
// publication (null when it was never published). Both are read from
// records (PublishedFromRecord), so a record read back from a publication
// and the record of a document being published are judged alike:
//   - no previous record: added;
//   - same content (ContentKey) and same change note: unchanged;
//   - newly withdrawn (a `withdrawn` field): withdrawn, whatever else
//     changed;
//   - validity newly meaning repealed (by `meaning`): repealed;
//   - otherwise: amended.
// A withdrawn or repealed document that changes again is amended.
// What a validity value (有效性) of a document type means. The schemas
// decide (Config::ValidityOf); model/ knows no schema, so callers pass it.
using ValidityMeaning =
    std::function<Validity(const std::string& type, const std::string& value)>;

// The 更新说明 (note) a version shows, from the `fields` of its record and
// those of the version before it (null for the first): its change_note,
// unless the version withdraws or repeals the document without a
// change_note of its own; then the withdrawal's reason, or its
// repeal_reason (or, without one, its repealed_by). Withdrawing or
// repealing needs no separate note: the reason is the note.
std::string VersionNote(const Value* previous_fields, const Value& fields);

DocumentChange ClassifyChange(const PublishedDoc* previous,
                              const PublishedDoc& current,
                              const ValidityMeaning& meaning);

}  // namespace disclose
