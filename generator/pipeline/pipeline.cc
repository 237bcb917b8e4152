#include "pipeline/pipeline.h"

#include <map>
#include <mutex>
#include <set>

#include "base/limits.h"
#include "base/parallel.h"
#include "base/text.h"
#include "history/history.h"
#include "history/published.h"
#include "pipeline/output_dir.h"
#include "site/site.h"
#include "templating/theme.h"
#include "write/write.h"

namespace disclose {

namespace {
bool Cancelled(const PipelineOptions& opts) {
  return opts.cancel != nullptr && opts.cancel->load();
}
}  // namespace

StatusOr<CheckedSite> CheckSite(const FileSystem& fs,
                                const PipelineOptions& opts) {
  LoadOptions load = opts.load;
  // A file over the highest limit a site may set is never opened; one
  // under it is read and then held to the site's own (limits.document_kib).
  load.max_file_bytes = uint64_t{kMaxDocumentKib} * 1024;
  auto sources = LoadSite(fs, load);
  if (!sources.ok()) return sources.status();
  CheckedSite site;
  site.sources = std::move(*sources);
  Diagnostics& diags = site.diagnostics;
  ReportUnread(site.sources, diags);

  site.config = ParseConfig(site.sources, diags);
  if (opts.published != nullptr) {
    auto published = opts.published->LastPublication();
    if (!published.ok()) return published.status();
    site.published = std::move(*published);
  }
  std::set<std::string> published_index_nos;
  for (const auto& p : site.published) published_index_nos.insert(p.index_no);
  ValidateOptions validate = opts.validate;
  validate.published_index_nos = &published_index_nos;
  // With no configuration to check them against, documents are not read.
  const std::vector<SourceFile> none;
  const auto& files = site.config.unreadable ? none : site.sources.documents;
  std::vector<std::optional<Document>> docs(files.size());
  std::vector<Diagnostics> found(files.size());
  std::mutex progress_mu;
  size_t validated = 0;
  ParallelFor(files.size(), [&](size_t i) {
    if (Cancelled(opts)) return;
    docs[i] = ValidateDocument(files[i], site.config, validate, found[i]);
    if (!opts.progress) return;
    std::lock_guard<std::mutex> lock(progress_mu);
    opts.progress({"validating", ++validated, files.size()});
  });
  if (Cancelled(opts)) return Status::Error(kCancelledMessage);
  for (size_t i = 0; i < files.size(); ++i) {
    diags.Append(found[i]);
    if (docs[i]) site.documents.push_back(std::move(*docs[i]));
  }
  CheckAcrossDocuments(site.documents, site.config, diags);
  CheckAgainstPublished(site.documents, site.published, diags);

  diags.Sort();
  site.failed = diags.HasErrors() || (opts.strict && diags.WarningCount() > 0);
  return site;
}

namespace {
std::string Resolve(const PipelineOptions& opts, const std::string& dir) {
  if (StartsWith(dir, "/")) return dir;
  return JoinPath(opts.load.site_root, dir);
}
}  // namespace

std::string OutputDirectory(const PipelineOptions& opts) {
  if (!opts.out_base.empty() && !StartsWith(opts.out_dir, "/")) {
    return JoinPath(opts.out_base, opts.out_dir);
  }
  return Resolve(opts, opts.out_dir);
}

std::string PublishedDirectory(const PipelineOptions& opts) {
  return Resolve(opts, opts.published_dir);
}

std::string PublishedStoreDirectory(const PipelineOptions& opts) {
  return StoreFor(PublishedDirectory(opts)).dir;
}

std::string PublicationDate(const PipelineOptions& opts) {
  if (!opts.publication_date.empty()) return opts.publication_date;
  return opts.clock->Today().ToString();
}

StatusOr<std::vector<OutputFile>> RenderCheckedSite(
    CheckedSite& site, const PipelineOptions& opts,
    const std::string& publication_date) {
  Theme theme =
      LoadTheme(site.sources, site.config.site.language, site.diagnostics);
  if (site.diagnostics.HasErrors() || theme.templates == nullptr) {
    site.diagnostics.Sort();
    site.failed = true;
    return std::vector<OutputFile>();
  }
  std::optional<History> published;
  if (opts.published != nullptr) {
    auto read = opts.published->PublishedHistory();
    if (!read.ok()) return read.status();
    published = std::move(*read);
  }
  const Config& config = site.config;
  SiteHistory history = MakeSiteHistory(
      published ? &*published : nullptr, site.documents, publication_date,
      [&config](const std::string& type, const std::string& value) {
        return config.ValidityOf(type, value);
      });
  return RenderSite(site.config, site.documents, theme, &history, opts.cancel);
}

StatusOr<std::vector<OutputFile>> RenderCheckedSite(
    CheckedSite& site, const PipelineOptions& opts) {
  return RenderCheckedSite(site, opts, PublicationDate(opts));
}

StatusOr<LinkStats> CheckSiteLinks(CheckedSite& site,
                                   const PipelineOptions& opts) {
  if (site.failed) return LinkStats{};
  if (opts.progress) opts.progress({"rendering", 0, 0});
  auto files = RenderCheckedSite(site, opts);
  if (!files.ok()) return files.status();
  if (site.failed) return LinkStats{};
  if (opts.progress) opts.progress({"following links", 0, 0});
  LinkOptions links;
  links.base_url = site.config.site.base_url;
  std::map<std::string, const SourceFile*> sources;
  for (const SourceFile& f : site.sources.documents) sources[f.path] = &f;
  for (const Document& doc : site.documents) {
    auto source = sources.find(doc.source_path);
    if (source == sources.end()) continue;
    links.documents.push_back({doc.url.substr(1), source->second});
  }
  LinkStats stats;
  site.diagnostics.Append(CheckLinks(*files, links, &stats));
  site.diagnostics.Sort();
  site.failed = site.diagnostics.HasErrors() ||
                (opts.strict && site.diagnostics.WarningCount() > 0);
  return stats;
}

StatusOr<BuildStats> BuildSite(FileSystem& fs, const PipelineOptions& opts,
                               CheckedSite* site) {
  auto out_dir = CheckOutputDirectory(fs, opts, opts.out_dir);
  if (!out_dir.ok()) return out_dir.status();
  auto checked = CheckSite(fs, opts);
  if (!checked.ok()) return checked.status();
  *site = std::move(*checked);
  BuildStats stats;
  stats.documents = static_cast<int>(site->documents.size());
  if (site->failed) return stats;

  if (opts.progress) opts.progress({"rendering", 0, 0});
  auto files = RenderCheckedSite(*site, opts);
  if (!files.ok()) return files.status();
  if (site->failed) return stats;
  if (opts.progress) opts.progress({"writing", 0, files->size()});
  WriteOptions write;
  write.marker = true;  // so that the next build may replace it
  Status written = WriteSite(fs, *out_dir, *files, write);
  if (!written.ok()) return written;
  stats.files = static_cast<int>(files->size());
  for (const auto& f : *files) {
    if (EndsWith(f.path, ".html")) ++stats.pages;
  }
  return stats;
}

}  // namespace disclose
