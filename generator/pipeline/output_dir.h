// output_dir: the one rule for where a command may write a site. Building
// replaces the whole output folder, so the folder must be one that holds
// nothing but an earlier build.
#pragma once

#include <string>

#include "base/file_system.h"
#include "base/status.h"
#include "pipeline/pipeline.h"

namespace disclose {

// The folder `--out OUT_DIR` names: out_dir as the user wrote it
// (site-relative unless absolute) resolved against the site root of opts,
// with ".", ".." and symbolic links resolved (a link is followed to the
// folder it names, which is where the site is then written).
//
// Fails, with a message for department staff that names `--out OUT_DIR`,
// when replacing that folder could destroy what no build made, that is
// when it is:
//   - the site root, or a folder holding it;
//   - content/ or themes/ of the site, a folder inside or holding them;
//   - the published directory (PublishedDirectory(opts)), where it is and,
//     when it is a symbolic link, where the link points; or a folder inside
//     or holding it;
//   - the published store (PublishedStoreDirectory(opts)), a folder inside
//     or holding it;
//   - anything that is not a folder;
//   - a folder holding .git (a repository);
//   - a folder that is not empty and carries no kBuildMarkerName (write.h)
//     from an earlier build.
// A missing or empty folder is fine. Reads only; call it before any work.
StatusOr<std::string> CheckOutputDirectory(const FileSystem& fs,
                                           const PipelineOptions& opts,
                                           const std::string& out_dir);

}  // namespace disclose
