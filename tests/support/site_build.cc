#include "support/site_build.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace disclose::testing {

PipelineOptions SiteOptions() {
  PipelineOptions opts;
  opts.load.site_root = "site";
  opts.validate.today = Date{2026, 1, 1};
  opts.publication_date = "2026-01-01";
  opts.out_dir = "/out";
  return opts;
}

void BuildWithoutErrors(FileSystem& fs, CheckedSite* site) {
  auto stats = BuildSite(fs, SiteOptions(), site);
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  ASSERT_FALSE(site->failed) << FormatText(site->diagnostics);
}

std::map<std::string, std::string> OutputFiles(const MemoryFileSystem& fs) {
  std::map<std::string, std::string> out;
  for (const auto& [path, data] : fs.files()) {
    if (StartsWith(path, "/out/")) out[path.substr(5)] = data;
  }
  return out;
}

}  // namespace disclose::testing
