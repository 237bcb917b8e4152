// history: the published repository read in one walk: every publication,
// and every version of every document (a version is a publication in which
// the document's record, index.json, changed).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/value.h"
#include "git/repository.h"
#include "model/document.h"
#include "model/document_change.h"
#include "model/site_history.h"

namespace disclose {

struct Version {
  int number = 0;  // 1, 2, ...
  std::string commit;
  std::string date;  // YYYY-MM-DD of the publication, in its time zone
  std::string change_note;
  std::string blob;  // the id of its index.json blob
  Value record;      // the document's index.json in that publication
};

struct Publication {
  CommitInfo commit;
  std::string date;     // YYYY-MM-DD
  std::string subject;  // first line of the message
  std::vector<std::string> added, amended, repealed, withdrawn;  // 索引号
};

struct History {
  std::vector<Publication> publications;  // oldest first
  // By record path (e.g. "fees/2005/x/index.json"), oldest first.
  std::map<std::string, std::vector<Version>> versions;
};

// Records read in an earlier walk, kept to save reading them again. An
// entry is used only when the repository names, for that publication and
// path, the blob whose id is the hash of the record the entry holds: the
// cache can save time but never change what the history says.
struct HistoryCache {
  struct Entry {
    std::string blob;
    Value record;
  };
  std::map<std::string, Entry> records;  // by CacheKey(commit, path)
};
std::string CacheKey(const std::string& commit, const std::string& path);

// How a walk used its cache: entries used, and entries that did not match
// the repository ("<commit> <path>"), which were not used.
struct CacheUse {
  size_t used = 0;
  std::vector<std::string> rejected;
};

// Walks the first-parent chain once, comparing each publication's tree with
// the previous one; only changed records are read, from the cache when it
// holds them exactly.
StatusOr<History> ReadHistory(const Repository& repo,
                              const HistoryCache* cache = nullptr,
                              CacheUse* use = nullptr);

// Every record (index.json) of a publication, by its path (e.g.
// "fees/2005/x/index.json"), whatever fields it has.
StatusOr<std::map<std::string, Value>> ReadRecordFiles(
    const Repository& repo, const std::string& commit);

// Every record (index.json) of a publication, by 索引号; a record without
// one is an error.
StatusOr<std::map<std::string, Value>> ReadRecords(const Repository& repo,
                                                   const std::string& commit);

// A commit named by a revision: an id or its prefix, HEAD, HEAD~N, or a
// date YYYY-MM-DD meaning the last publication made on or before that day.
StatusOr<std::string> ResolvePublication(const Repository& repo,
                                         const History& history,
                                         const std::string& revision);

// The history the site shows: the published one (may be null: nothing
// published yet) plus, for documents that ClassifyChange finds changed
// since the last version the history holds, a pending version dated
// `today`, and a pending publication listing them as publish will.
SiteHistory MakeSiteHistory(const History* published,
                            const std::vector<Document>& docs,
                            const std::string& today,
                            const ValidityMeaning& meaning);

// The date (YYYY-MM-DD) of a commit time in its own time zone.
std::string CommitDate(long long time, int offset_minutes);

}  // namespace disclose
