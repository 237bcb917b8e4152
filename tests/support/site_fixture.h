// Test support: copies of whole sites in a MemoryFileSystem.
#pragma once

#include <string>

#include "base/file_system.h"

namespace disclose::testing {

// The repository's root (holds content/ and themes/).
inline std::string SourceDir() { return DISCLOSE_SOURCE_DIR; }

// Copies every file below `from` on disk (relative paths kept) into `fs`
// under `to`. Hidden files are skipped.
void CopyTree(const std::string& from, MemoryFileSystem& fs,
              const std::string& to);

// The sample site (content/ and themes/ of the repository) at "site/".
void LoadSampleSite(MemoryFileSystem& fs);

// Applies an invalid-site fixture folder to a site at "site/": every file
// below <fixture>/site/ replaces or adds the file at the same path, and each
// line of <fixture>/remove (if present) names a file to delete.
void ApplyFixture(const std::string& fixture_dir, MemoryFileSystem& fs);

}  // namespace disclose::testing
