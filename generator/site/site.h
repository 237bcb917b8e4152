// site: from validated documents to every file of the website, in memory.
// One builder per kind of page returns plain page data (site/page.h):
// document_page, history_pages, lists, records, updates; downloads and
// feeds write their files; layout renders pages with the theme's templates.
// RenderSite (site.cc) calls them in turn.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/config.h"
#include "model/document.h"
#include "model/output.h"
#include "model/site_history.h"
#include "templating/theme.h"

namespace disclose {

// The message of a run stopped by its cancel flag.
inline constexpr char kCancelledMessage[] = "the build was cancelled";

// REQUIRES: docs passed validation (no errors), sorted by source path.
// Returns every file of the site, sorted by path. Deterministic: the same
// input gives byte-identical output.
// history: versions and publications for the history pages, the updates
// page and the line on every document; null when there is none.
// cancel: when set and it reads true, rendering stops between documents and
// fails with kCancelledMessage.
StatusOr<std::vector<OutputFile>> RenderSite(
    const Config& config, const std::vector<Document>& docs, const Theme& theme,
    const SiteHistory* history = nullptr,
    const std::atomic<bool>* cancel = nullptr);

}  // namespace disclose
