// history: what the published repository says. ReadPublished reads the
// records (index.json) of one publication.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "model/record.h"
#include "git/repository.h"
#include "git/store.h"

namespace disclose {

// The records of every document in the publication `commit`, sorted by
// index_no.
StatusOr<std::vector<PublishedDoc>> ReadPublished(const Repository& repo,
                                                  const std::string& commit);

// The records of the last publication of the store's published directory,
// or none when nothing is published.
StatusOr<std::vector<PublishedDoc>> ReadLastPublished(
    const PublishedStore& store);

}  // namespace disclose
