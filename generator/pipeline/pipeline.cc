#include "pipeline/pipeline.h"

#include "base/parallel.h"
#include "base/text.h"
#include "site/site.h"
#include "templating/theme.h"
#include "write/write.h"

namespace disclose {

StatusOr<CheckedSite> CheckSite(const FileSystem& fs,
                                const PipelineOptions& opts) {
  auto sources = LoadSite(fs, opts.load);
  if (!sources.ok()) return sources.status();
  CheckedSite site;
  site.sources = std::move(*sources);
  Diagnostics& diags = site.diagnostics;

  site.config = ParseConfig(site.sources, diags);
  const auto& files = site.sources.documents;
  std::vector<std::optional<Document>> docs(files.size());
  std::vector<Diagnostics> found(files.size());
  ParallelFor(files.size(), [&](size_t i) {
    docs[i] = ValidateDocument(files[i], site.config, opts.validate, found[i]);
  });
  for (size_t i = 0; i < files.size(); ++i) {
    diags.Append(found[i]);
    if (docs[i]) site.documents.push_back(std::move(*docs[i]));
  }
  CheckAcrossDocuments(site.documents, site.config, diags);

  diags.Sort();
  site.failed = diags.HasErrors() || (opts.strict && diags.WarningCount() > 0);
  return site;
}

std::string OutputDirectory(const PipelineOptions& opts) {
  if (StartsWith(opts.out_dir, "/")) return opts.out_dir;
  return JoinPath(opts.load.site_root, opts.out_dir);
}

StatusOr<BuildStats> BuildSite(FileSystem& fs, const PipelineOptions& opts,
                               CheckedSite* site) {
  auto checked = CheckSite(fs, opts);
  if (!checked.ok()) return checked.status();
  *site = std::move(*checked);
  BuildStats stats;
  stats.documents = static_cast<int>(site->documents.size());
  if (site->failed) return stats;

  Theme theme = LoadTheme(site->sources, site->config.site.language,
                          site->diagnostics);
  if (site->diagnostics.HasErrors() || theme.templates == nullptr) {
    site->diagnostics.Sort();
    site->failed = true;
    return stats;
  }
  auto files = RenderSite(site->config, site->documents, theme);
  if (!files.ok()) return files.status();
  Status written = WriteSite(fs, OutputDirectory(opts), *files);
  if (!written.ok()) return written;
  stats.files = static_cast<int>(files->size());
  for (const auto& f : *files) {
    if (EndsWith(f.path, ".html")) ++stats.pages;
  }
  return stats;
}

}  // namespace disclose
