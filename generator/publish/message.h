// The publication's commit message: what it changed, in words for people
// and as trailers for scripts; and the author it is signed with (the rules
// for the author are in identity.h, included here).
//
// The message is read back by git's trailer rules (trailers.h): trailers
// are the lines of the last paragraph, a line starting with "---" and a
// space ends the message, lines starting with "#" are comments, and the
// first paragraph is the subject. So only PublicationMessage writes at the
// start of a line: what people wrote (titles, change notes, reasons) is put
// on its own line after a fixed word, or on indented continuation lines.
#pragma once

#include <string>
#include <vector>

#include "git/repository.h"
#include "model/document.h"
#include "model/identity.h"
#include "pipeline/pipeline.h"

namespace disclose {

// What one publication changed, by 索引号.
struct PublicationChanges {
  std::vector<const Document*> added, amended, repealed, withdrawn;
  bool empty() const {
    return added.empty() && amended.empty() && repealed.empty() &&
           withdrawn.empty();
  }
};

// Sorts the site's documents by how they differ from the last publication
// (ClassifyChange, model/document_change.h: the rule the build's pending
// publication follows too).
PublicationChanges ClassifyChanges(const CheckedSite& site);

// The commit message: the subject, a blank line, one line per changed
// document (with its change note or reason on indented lines), a blank
// line, then the trailers (Disclose-Added: <索引号> ...,
// Disclose-Documents: N) as the final paragraph. A subject that is empty
// or that CheckSubject refuses is replaced by one saying what changed.
// Control characters in any text become spaces.
std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents);

// Ok when `subject` (from --message) can be a commit's subject: one line
// of valid UTF-8 without control characters, not blank, at most
// kMaxSubjectChars characters, not starting with "---" or "#" (which git
// reads as a patch and as a comment). Empty is Ok: the subject is then
// generated. A subject shaped like a trailer ("Key: value") is allowed: it
// is the first paragraph, which git never reads as trailers.
constexpr size_t kMaxSubjectChars = 200;
Status CheckSubject(const std::string& subject);

}  // namespace disclose
