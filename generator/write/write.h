// write: puts a whole site on disk at once. Files go into a fresh sibling
// directory first, which replaces the output directory only when every file
// was written; a failed write leaves the previous output as it was.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "site/site.h"

namespace disclose {

struct WriteOptions {
  bool sync = false;  // fsync every file (publish does)
};

// Replaces out_dir with exactly `files`. A .git directory already in out_dir
// is carried over into the new tree (public/ is a repository of its own).
Status WriteSite(FileSystem& fs, const std::string& out_dir,
                 const std::vector<OutputFile>& files,
                 const WriteOptions& opts = WriteOptions());

}  // namespace disclose
