// document_fuzz: a document's bytes as `check` and `build` take them. The
// whole path of one file: byte order mark and line ends, UTF-8, control
// characters, the front matter (YAML) and every field against the sample's
// schemas, the Markdown body through the gate and the budgeted rendering,
// its fee tables, the rules across documents and the diagnostics as
// printed; and when the document is valid, the site rendered from it (its
// page, lists, feeds, downloads) with the sample's theme.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sample_site.h"
#include "site/site.h"
#include "validate/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace disclose;
  const fuzz::SampleSite& sample = fuzz::Sample();
  SourceFile file;
  file.text = fuzz::Text(data, size);
  file.path = fuzz::DocumentPath(file.text);
  Diagnostics diags;
  std::optional<Document> doc =
      ValidateDocument(file, sample.config, ValidateOptions(), diags);
  std::vector<Document> docs;
  if (doc) docs.push_back(std::move(*doc));
  CheckAcrossDocuments(docs, sample.config, diags);
  diags.Sort();
  fuzz::FormatAll(diags);
  if (docs.empty() || diags.HasErrors()) return 0;
  (void)RenderSite(sample.config, docs, sample.theme);
  return 0;
}
