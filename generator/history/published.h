// history: what the published repository says. ReadPublished reads the
// records (index.json) of one publication.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "model/record.h"
#include "publish/repository.h"

namespace disclose {

// The records of every document in the publication `commit`, sorted by
// index_no.
StatusOr<std::vector<PublishedDoc>> ReadPublished(const Repository& repo,
                                                  const std::string& commit);

// The records of the last publication in `public_dir`, or none when it is
// not yet a repository (or has no commit).
StatusOr<std::vector<PublishedDoc>> ReadLastPublished(
    const std::string& public_dir);

}  // namespace disclose
