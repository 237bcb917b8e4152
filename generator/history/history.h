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
#include "model/document.h"
#include "model/site_history.h"
#include "publish/repository.h"

namespace disclose {

struct Version {
  int number = 0;        // 1, 2, ...
  std::string commit;
  std::string date;      // YYYY-MM-DD of the publication, in its time zone
  std::string change_note;
  Value record;  // the document's index.json in that publication
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

// Walks the first-parent chain once, comparing each publication's tree with
// the previous one; only changed records are read. With a `cached` history
// whose last publication is still on the chain, only later publications are
// read.
StatusOr<History> ReadHistory(const Repository& repo, History cached = {});

// Every record (index.json) of a publication, by 索引号.
StatusOr<std::map<std::string, Value>> ReadRecords(const Repository& repo,
                                                   const std::string& commit);

// A commit named by a revision: an id or its prefix, HEAD, HEAD~N, or a
// date YYYY-MM-DD meaning the last publication made on or before that day.
StatusOr<std::string> ResolvePublication(const Repository& repo,
                                         const History& history,
                                         const std::string& revision);

// The history the site shows: the published one (may be null: nothing
// published yet) plus, for documents whose record differs from their last
// published version, a pending version dated `today`, and a pending
// publication listing them.
SiteHistory MakeSiteHistory(const History* published,
                            const std::vector<Document>& docs,
                            const std::string& today);

// Reads the history of the repository in `public_dir` (nullopt when it is
// not a repository yet), continuing from the walk cached in
// .git/disclose-history.json and updating that cache.
StatusOr<std::optional<History>> ReadHistoryAt(const std::string& public_dir);

// The date (YYYY-MM-DD) of a commit time in its own time zone.
std::string CommitDate(long long time, int offset_minutes);

}  // namespace disclose
