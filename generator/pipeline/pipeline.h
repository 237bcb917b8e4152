// pipeline: the whole tool in one page.
//   load -> config -> validate (front matter, fields, markdown, fee tables)
//   -> across documents -> theme -> render site -> write
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/status.h"
#include "config/config.h"
#include "history/published.h"
#include "links/links.h"
#include "load/load.h"
#include "model/document.h"
#include "model/record.h"
#include "site/site.h"
#include "validate/validate.h"

namespace disclose {

// How far a run has got: `done` of `total` items of `stage` ("validating",
// "rendering", "writing"); total is 0 when the count is not known.
struct Progress {
  const char* stage = "";
  size_t done = 0;
  size_t total = 0;
};

struct PipelineOptions {
  // Called as a run advances, for a progress line on a terminal; may be
  // called from worker threads, but never by two at once. Empty: no reports.
  std::function<void(const Progress&)> progress;
  LoadOptions load;                // where the site is
  ValidateOptions validate;        // today's date for future-date warnings
  bool strict = false;             // warnings fail the build too
  std::string out_dir = "public";  // `build` writes here (relative to
                                   // out_base if not absolute)
  // The folder a relative out_dir is relative to; "": the site. The CLI
  // gives the current directory for an --out the user typed, so that
  // `--out preview` means what it means to every other command.
  std::string out_base;
  // The published directory (site-relative if not absolute): where
  // `publish` writes, and whose repository the CLI reads `published` from.
  std::string published_dir = "public";
  // What was published: the content is checked against its last
  // publication (D800-D804) and the history pages show every version. Null:
  // nothing is published. Real runs give a RepositoryPublished of
  // published_dir; tests give a MemoryPublished.
  std::shared_ptr<const PublishedSource> published;
  // The only wall clock a run reads (`publish` takes its commit time from
  // it; the date of versions not yet published is its today). Never null.
  std::shared_ptr<const Clock> clock = SystemClock();
  // The date `build` and `serve` give versions not yet published
  // (YYYY-MM-DD); empty: the clock's today. (`publish` dates them with its
  // commit.)
  std::string publication_date;
  // When set and it reads true, validation and rendering stop between
  // documents and the run fails with kCancelledMessage (site/site.h;
  // `serve` stops a rebuild this way on Ctrl-C). Null: a run finishes.
  const std::atomic<bool>* cancel = nullptr;
};

// The validated site: what `check` reports and `build` renders.
struct CheckedSite {
  SiteSources sources;
  Config config;
  std::vector<Document> documents;      // sorted by source path
  std::vector<PublishedDoc> published;  // the last publication's records
  Diagnostics diagnostics;              // sorted
  bool failed = false;                  // errors, or warnings under strict
};

struct BuildStats {
  int documents = 0;
  int pages = 0;  // HTML pages written
  int files = 0;  // all files written
};

// Environment problems (no site, unreadable files) are a failed Status;
// problems with the content are diagnostics in the result.
StatusOr<CheckedSite> CheckSite(const FileSystem& fs,
                                const PipelineOptions& opts);

// Renders a checked site that did not fail into files (theme problems are
// added to its diagnostics and mark it failed). The history pages come from
// opts.published, plus the documents changed since, dated
// `publication_date` (YYYY-MM-DD).
StatusOr<std::vector<OutputFile>> RenderCheckedSite(
    CheckedSite& site, const PipelineOptions& opts,
    const std::string& publication_date);
// The same, dated PublicationDate(opts).
StatusOr<std::vector<OutputFile>> RenderCheckedSite(
    CheckedSite& site, const PipelineOptions& opts);

// `check --links`: renders a checked site that did not fail exactly as
// `build` would, in memory, and follows every reference of its pages to the
// site's own files and anchors (links/links.h). Each broken one is added to
// site.diagnostics, which stay sorted, and site.failed is set again from
// them. A site that failed its check is not rendered: the stats are zero.
StatusOr<LinkStats> CheckSiteLinks(CheckedSite& site,
                                   const PipelineOptions& opts);

// The date of versions not yet published: opts.publication_date, or the
// clock's today (YYYY-MM-DD).
std::string PublicationDate(const PipelineOptions& opts);

// Checks, and when the site is valid renders it and replaces out_dir.
// `site` receives the checked site either way. Before any of that, an
// out_dir that CheckOutputDirectory (output_dir.h) refuses is an error.
StatusOr<BuildStats> BuildSite(FileSystem& fs, const PipelineOptions& opts,
                               CheckedSite* site);

// The output and published directories of opts, resolved against the site
// root.
std::string OutputDirectory(const PipelineOptions& opts);
std::string PublishedDirectory(const PipelineOptions& opts);
// Where publish keeps what the published directory P is made of: beside P,
// named ".<name of P>.disclose" (the repository, the immutable trees P
// points to, the lock). Nothing else may write into it.
std::string PublishedStoreDirectory(const PipelineOptions& opts);

}  // namespace disclose
