// Test support: checking and building a site held in a MemoryFileSystem at
// "site/" (see site_fixture.h), the way most pipeline and site tests do.
#pragma once

#include <map>
#include <string>

#include "base/file_system.h"
#include "pipeline/pipeline.h"

namespace disclose::testing {

// The options a site at "site/" is checked and built with: today and the
// publication date are 2026-01-01, the output goes to "/out".
PipelineOptions SiteOptions();

// Builds the site at "site/" of fs with SiteOptions() into *site. A build
// that fails, or reports an error, fails the test: call it inside
// ASSERT_NO_FATAL_FAILURE.
void BuildWithoutErrors(FileSystem& fs, CheckedSite* site);

// The files below "/out/" of fs, by their path below it.
std::map<std::string, std::string> OutputFiles(const MemoryFileSystem& fs);

}  // namespace disclose::testing
