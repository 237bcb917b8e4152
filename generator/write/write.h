// write: puts a whole site on disk at once. Files go into a fresh directory
// of this run's own beside the output, which takes the output's place in
// one step only when every file was written; a failed write leaves the
// previous output as it was, and nothing this run did not create is removed.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "model/output.h"

namespace disclose {

// The file `build` leaves in every folder it writes, so that the next build
// knows it may replace that folder (see pipeline/output_dir.h).
inline constexpr char kBuildMarkerName[] = ".disclose-build";
inline constexpr char kBuildMarkerText[] =
    "This folder was written by disclose build.\n"
    "The next disclose build into it replaces everything in it.\n";

struct WriteOptions {
  bool marker = false;  // write kBuildMarkerName (build does)
};

// Replaces out_dir with exactly `files` (and the marker when opts.marker).
// The new tree is written into <out_dir>.disclose-new-XXXXXX, a directory
// no one else has, and exchanged with out_dir atomically where the kernel
// can (renameat2), else by two renames; then that temporary directory,
// which now holds the previous tree, is removed. (The published site is
// never written here: publish makes immutable checkouts of its own.)
Status WriteSite(FileSystem& fs, const std::string& out_dir,
                 const std::vector<OutputFile>& files,
                 const WriteOptions& opts = WriteOptions());

}  // namespace disclose
