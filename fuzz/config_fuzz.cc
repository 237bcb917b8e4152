// config_fuzz: the site's configuration files as ParseConfig reads them. The
// input stands for the file it looks like — a schema when it has
// "fields:", content/departments.yaml when it has "departments:",
// content/site.yaml (sections, categories, 索引号 layouts, limits, dates)
// otherwise — the other files being the sample's.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/config.h"
#include "sample_site.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace disclose;
  const fuzz::SampleSite& sample = fuzz::Sample();
  const std::string text = fuzz::Text(data, size);

  SiteSources sources;
  sources.site_config = sample.sources.site_config;
  sources.departments = sample.sources.departments;
  sources.schemas = sample.sources.schemas;
  if (text.find("fields:") != std::string::npos) {
    for (SourceFile& file : sources.schemas) {
      if (file.path == "content/schemas/fee-schedule.yaml") file.text = text;
    }
  } else if (text.find("departments:") != std::string::npos) {
    sources.departments.text = text;
  } else {
    sources.site_config.text = text;
  }
  Diagnostics diags;
  (void)ParseConfig(sources, diags);
  fuzz::FormatAll(diags);
  return 0;
}
