// history: what was published, as a value the pipeline is given
// (PipelineOptions::published) rather than a repository it opens. Real runs
// read the published repository (RepositoryPublished); tests hand the
// pipeline publications made in memory (MemoryPublished), with no
// repository and no disk.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "git/repository.h"
#include "git/store.h"
#include "history/history.h"
#include "model/document.h"
#include "model/record.h"

namespace disclose {

// What the site was published as. Implementations write nothing.
class PublishedSource {
 public:
  virtual ~PublishedSource() = default;

  // Every publication and every version of every document; nullopt when
  // nothing is published.
  virtual StatusOr<std::optional<History>> PublishedHistory() const = 0;

  // The records of every document of the last publication, sorted by
  // index_no; empty when nothing is published.
  virtual StatusOr<std::vector<PublishedDoc>> LastPublication() const = 0;
};

// The published repository of a store, read on every call (with its history
// cache, which it never writes: only `publish` does).
class RepositoryPublished final : public PublishedSource {
 public:
  explicit RepositoryPublished(PublishedStore store)
      : store_(std::move(store)) {}

  StatusOr<std::optional<History>> PublishedHistory() const override;
  StatusOr<std::vector<PublishedDoc>> LastPublication() const override;

 private:
  PublishedStore store_;
};

// Publications made in memory, as `publish` would make them: each Publish
// records the documents as a new publication, with a version for every
// document whose record changed.
class MemoryPublished final : public PublishedSource {
 public:
  MemoryPublished() = default;  // nothing published yet

  // Publishes `docs` (the whole site, e.g. CheckedSite::documents) on
  // `date` (YYYY-MM-DD); documents not among them are no longer published.
  // A publication that changes no record is still recorded.
  // `meaning`: what the site's schemas make of a validity value
  // (Config::ValidityOf).
  void Publish(const std::vector<Document>& docs, const std::string& date,
               const ValidityMeaning& meaning,
               const std::string& subject = "Publish");

  StatusOr<std::optional<History>> PublishedHistory() const override;
  StatusOr<std::vector<PublishedDoc>> LastPublication() const override;

 private:
  std::optional<History> history_;
  std::vector<PublishedDoc> last_;
};

// The records of every document in the publication `commit`, sorted by
// index_no.
StatusOr<std::vector<PublishedDoc>> ReadPublished(const Repository& repo,
                                                  const std::string& commit);

// The records of the last publication of the store's published directory,
// or none when nothing is published.
StatusOr<std::vector<PublishedDoc>> ReadLastPublished(
    const PublishedStore& store);

}  // namespace disclose
