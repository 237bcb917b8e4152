// yaml_fuzz: YAML as the front matter adapter reads it
// (frontmatter/yaml_parse.h: duplicate keys, anchors, aliases, tags, a
// second document, depth, control characters written or escaped), then the
// same text as the front matter of a document with an empty body, validated
// field by field against the sample's schemas.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/text.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_parse.h"
#include "sample_site.h"
#include "validate/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace disclose;
  const fuzz::SampleSite& sample = fuzz::Sample();
  const std::string yaml = fuzz::Text(data, size);

  // As configuration files are read: line ends, UTF-8, then the parser.
  Diagnostics diags;
  (void)ParseYamlFile("content/site.yaml", yaml, diags);
  fuzz::FormatAll(diags);

  // As a document's front matter.
  SourceFile file;
  file.text = "---\n" + yaml + "\n---\n";
  file.path = fuzz::DocumentPath(yaml);
  Diagnostics doc_diags;
  (void)ValidateDocument(file, sample.config, ValidateOptions(), doc_diags);
  fuzz::FormatAll(doc_diags);
  return 0;
}
