// publish: validates, builds the whole site, and only when everything
// succeeded commits it to the repository in the published directory
// (created on first publish) and brings that directory's files to exactly
// that commit. One commit per publication; an unchanged site makes none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "publish/message.h"
#include "publish/repository.h"

namespace disclose {

struct PublishOptions {
  std::string message;             // subject line; generated when empty
  std::optional<Signature> author;  // default: the publisher in site.yaml
  std::vector<std::string> push;   // remotes to mirror to, in order
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

}  // namespace disclose
