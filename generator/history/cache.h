// The history cache: records read in earlier walks of the published
// repository, kept in the store (history.json) so that a build need not
// read every record again. Only `publish` writes it. It is only a cache:
// ReadHistory checks every entry against the repository before using it,
// and a missing, damaged or forged file only costs time.
#pragma once

#include <optional>
#include <string>

#include "base/status.h"
#include "git/store.h"
#include "history/history.h"

namespace disclose {

// The cache that holds every version of `history`.
HistoryCache CacheOf(const History& history);
std::string CacheToJson(const HistoryCache& cache);
// An error when the text is not a cache of this format.
StatusOr<HistoryCache> ParseCache(const std::string& text);

// The history of the published directory of `store` (nullopt when nothing
// is published), read with the store's cache when there is a usable one.
// Writes nothing. `use`, when given, says how the cache was used; a cache
// file that cannot be parsed is reported there as rejected whole ("*").
StatusOr<std::optional<History>> ReadPublishedHistory(
    const PublishedStore& store, CacheUse* use = nullptr);

// Replaces the store's cache with one for `history` (written to a new file,
// synced, then renamed over the old one).
Status WriteHistoryCache(const PublishedStore& store, const History& history);

}  // namespace disclose
