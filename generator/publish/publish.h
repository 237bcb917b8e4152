// publish: validates, builds the whole site, and only when everything
// succeeded commits it to the published repository and shows that commit in
// the published directory in one atomic step (docs/publishing.md). One
// commit per publication; an unchanged site makes none.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "git/repository.h"
#include "pipeline/pipeline.h"
#include "publish/message.h"

namespace disclose {

struct PublishOptions {
  std::string message;              // subject line; generated when empty
  std::optional<Signature> author;  // default: the publisher in site.yaml
  std::vector<std::string> push;    // remotes to mirror to, in order
  // Files changed, added or removed by hand in the published directory stop
  // a publication (they are listed); with discard they are replaced.
  bool discard = false;
  // A published directory without a publication history is refused (its
  // history may have been lost); with new_history, a new one starts.
  bool new_history = false;
  // Called with the holder's process id when another publication holds the
  // lock, before waiting for it.
  std::function<void(int pid)> waiting;
};

struct PublishResult {
  CheckedSite site;
  BuildStats stats;
  bool committed = false;  // false: invalid content, or nothing changed
  std::string commit;      // the new commit (or HEAD when nothing changed)
  std::string message;
  // What was repaired first (an interrupted publication finished, a missing
  // published directory restored), in words.
  std::vector<std::string> notes;
};

// Environment problems (git failures, unwritable files, hand edits, a
// repository in a state disclose cannot publish to) are a failed Status,
// reported before anything is changed; invalid content leaves
// result.site.failed. The commit's time is opts.clock's now; the content is
// checked against the repository of opts.published_dir (opts.published is
// not used: publish continues the history it holds the lock on).
StatusOr<PublishResult> Publish(FileSystem& fs, const PipelineOptions& opts,
                                const PublishOptions& publish);

}  // namespace disclose
