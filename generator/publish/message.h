// The publication's commit message: what it changed, in words for people
// and as trailers for scripts; and the author it is signed with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/pipeline.h"
#include "publish/repository.h"

namespace disclose {

// What one publication changed, by 索引号.
struct PublicationChanges {
  std::vector<const Document*> added, amended, repealed, withdrawn;
  bool empty() const {
    return added.empty() && amended.empty() && repealed.empty() &&
           withdrawn.empty();
  }
};

// Sorts the site's documents by how they differ from the last publication.
PublicationChanges ClassifyChanges(const CheckedSite& site);

// The commit message: subject, one line per changed document, then
// trailers (Disclose-Added: <索引号> ...) that scripts can parse.
std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents);

// Checks an identity for a commit: a name and an email git can store
// without damage. `where` says where it came from, for the message.
Status CheckIdentity(const Signature& who, const std::string& where);

// Checks a --message: one line of text.
Status CheckSubject(const std::string& subject);

// "Name <email>" -> Signature; nullopt when it is not of that form.
std::optional<Signature> ParseAuthor(const std::string& text);

}  // namespace disclose
