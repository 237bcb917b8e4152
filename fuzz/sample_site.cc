#include "sample_site.h"

#include <cstdio>
#include <cstdlib>

#include "base/file_system.h"
#include "base/text.h"
#include "load/load.h"

namespace disclose::fuzz {

namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz: the sample site at %s: %s\n", DISCLOSE_SOURCE_DIR,
               what.c_str());
  std::abort();
}

// The value of the first line that starts with `key`, trimmed.
std::string LineValue(const std::string& text, const std::string& key) {
  size_t at = StartsWith(text, key) ? 0 : text.find("\n" + key);
  if (at == std::string::npos) return "";
  if (at != 0) ++at;
  size_t end = text.find('\n', at);
  if (end == std::string::npos) end = text.size();
  return Trim(text.substr(at + key.size(), end - at - key.size()));
}

SampleSite* LoadSample() {
  auto* site = new SampleSite();  // lives as long as the process
  RealFileSystem fs;
  LoadOptions load;
  load.site_root = DISCLOSE_SOURCE_DIR;
  auto sources = LoadSite(fs, load);
  if (!sources.ok()) Fail(sources.status().message());
  site->sources = std::move(*sources);
  Diagnostics diags;
  site->config = ParseConfig(site->sources, diags);
  site->theme = LoadTheme(site->sources, site->config.site.language, diags);
  if (diags.HasErrors() || site->theme.templates == nullptr) {
    Fail(FormatText(diags));
  }
  return site;
}

}  // namespace

const SampleSite& Sample() {
  static const SampleSite* site = LoadSample();
  return *site;
}

std::string DocumentPath(const std::string& text) {
  const std::string type = LineValue(text, "type:");
  std::string section = "notices";
  if (type == "fee-schedule") section = "fees";
  if (type == "service-guide") section = "guides";
  if (type == "assessment") section = "assessments";
  std::string year = LineValue(text, "published:").substr(0, 4);
  if (year.size() != 4 ||
      year.find_first_not_of("0123456789") != std::string::npos) {
    year = "2005";
  }
  return "content/" + section + "/" + year + "/fuzz.md";
}

void FormatAll(const Diagnostics& diags) {
  for (Language language : {Language::kZh, Language::kEn}) {
    (void)FormatText(diags, language);
    (void)FormatTerminal(diags, language);
    (void)FormatJson(diags, language);
  }
}

}  // namespace disclose::fuzz
