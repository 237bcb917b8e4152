// publish: validates, builds the whole site, and only when everything
// succeeded commits it to the repository in the published directory
// (created on first publish) and brings that directory's files to exactly
// that commit. One commit per publication; an unchanged site makes none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "publish/repository.h"

namespace disclose {

struct PublishOptions {
  std::string message;             // subject line; generated when empty
  std::optional<Signature> author;  // default: the publisher in site.yaml
  std::vector<std::string> push;   // remotes to mirror to, in order
};

// What one publication changed, by 索引号.
struct PublicationChanges {
  std::vector<const Document*> added, amended, repealed, withdrawn;
  bool empty() const {
    return added.empty() && amended.empty() && repealed.empty() &&
           withdrawn.empty();
  }
};

struct PublishResult {
  CheckedSite site;
  BuildStats stats;
  bool committed = false;  // false: invalid content, or nothing changed
  std::string commit;      // the new commit (or HEAD when nothing changed)
  std::string message;
};

// Environment problems (a second publisher, git failures, unwritable
// files) are a failed Status; invalid content leaves result.site.failed.
StatusOr<PublishResult> Publish(FileSystem& fs, const PipelineOptions& opts,
                                const PublishOptions& publish);

// Sorts the site's documents by how they differ from the last publication.
PublicationChanges ClassifyChanges(const CheckedSite& site);

// The commit message: subject, one line per changed document, then
// trailers (Disclose-Added: <索引号> ...) that scripts can parse.
std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents);

// "Name <email>" -> Signature; nullopt when it is not of that form.
std::optional<Signature> ParseAuthor(const std::string& text);

}  // namespace disclose
