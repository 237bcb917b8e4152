#include "history/history.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "base/file_system.h"
#include "base/text.h"
#include "git/trailers.h"
#include "history/json.h"
#include "model/document_change.h"
#include "model/record.h"

namespace disclose {

std::string CommitDate(long long time, int offset_minutes) {
  std::time_t t = static_cast<std::time_t>(time + offset_minutes * 60LL);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}.ToString();
}

namespace {

// The values of the trailer `key` (one of the Disclose-* keys), read as git
// reads them: from the message's final trailer block only, so that text in
// the subject or the body cannot add to them.
std::vector<std::string> Trailers(const std::string& message,
                                  const std::string& key) {
  std::vector<std::string> out;
  for (const auto& [k, value] : MessageTrailers(message)) {
    if (k == key) out.push_back(value);
  }
  return out;
}

}  // namespace

std::string CacheKey(const std::string& commit, const std::string& path) {
  return commit + " " + path;
}

namespace {

// The record of a changed path: from the cache when the cached record
// hashes to the repository's blob id, otherwise read and parsed.
StatusOr<Value> ReadRecord(const Repository& repo, const CommitInfo& c,
                           const TreeChange& change, const HistoryCache* cache,
                           CacheUse* use) {
  if (cache != nullptr) {
    auto it = cache->records.find(CacheKey(c.id, change.path));
    if (it != cache->records.end()) {
      auto hash = repo.HashBlob(it->second.record.ToPrettyJson());
      if (hash.ok() && *hash == change.blob && it->second.blob == change.blob) {
        if (use) ++use->used;
        return it->second.record;
      }
      if (use) use->rejected.push_back(it->first);
    }
  }
  auto text = repo.ReadFile(c.tree, change.path);
  if (!text.ok()) return text.status();
  auto record = ParseJson(*text);
  if (!record.ok()) {
    return Status::Error("the record " + change.path + " of publication " +
                         c.id.substr(0, 10) + " is damaged");
  }
  return std::move(*record);
}

}  // namespace

StatusOr<History> ReadHistory(const Repository& repo, const HistoryCache* cache,
                              CacheUse* use) {
  auto log = repo.Log();
  if (!log.ok()) return log.status();
  History history;
  std::set<std::string> visited;
  std::string previous_tree;
  for (const CommitInfo& c : *log) {
    Publication p;
    p.commit = c;
    p.date = CommitDate(c.time, c.offset_minutes);
    p.subject = Split(c.message, '\n').front();
    p.added = Trailers(c.message, "Disclose-Added");
    p.amended = Trailers(c.message, "Disclose-Amended");
    p.repealed = Trailers(c.message, "Disclose-Repealed");
    p.withdrawn = Trailers(c.message, "Disclose-Withdrawn");
    auto changes = repo.Changes(previous_tree, c.tree, "/index.json");
    if (!changes.ok()) return changes.status();
    for (const auto& change : *changes) {
      if (change.kind == TreeChange::kDeleted) continue;
      visited.insert(CacheKey(c.id, change.path));
      auto record = ReadRecord(repo, c, change, cache, use);
      if (!record.ok()) return record.status();
      Version v;
      auto& versions = history.versions[change.path];
      v.number = static_cast<int>(versions.size()) + 1;
      v.commit = c.id;
      v.date = p.date;
      v.blob = change.blob;
      if (const Value* fields = record->Find("fields")) {
        v.change_note = VersionNote(
            versions.empty() ? nullptr : versions.back().record.Find("fields"),
            *fields);
      }
      v.record = std::move(*record);
      versions.push_back(std::move(v));
    }
    previous_tree = c.tree;
    history.publications.push_back(std::move(p));
  }
  if (cache != nullptr && use != nullptr) {
    for (const auto& [key, entry] : cache->records) {
      if (!visited.count(key)) use->rejected.push_back(key);
    }
    std::sort(use->rejected.begin(), use->rejected.end());
  }
  return history;
}

StatusOr<std::map<std::string, Value>> ReadRecordFiles(
    const Repository& repo, const std::string& commit) {
  std::map<std::string, Value> out;
  auto tree = repo.TreeOf(commit);
  if (!tree.ok()) return tree.status();
  auto files = repo.ReadFiles(*tree, "/index.json");
  if (!files.ok()) return files.status();
  for (const auto& [path, text] : *files) {
    auto record = ParseJson(text);
    if (!record.ok()) {
      return Status::Error("the record " + path + " is damaged");
    }
    out[path] = std::move(*record);
  }
  return out;
}

StatusOr<std::map<std::string, Value>> ReadRecords(const Repository& repo,
                                                   const std::string& commit) {
  auto files = ReadRecordFiles(repo, commit);
  if (!files.ok()) return files.status();
  std::map<std::string, Value> out;
  for (auto& [path, record] : *files) {
    const Value* index_no = record.Find("index_no");
    if (index_no == nullptr) {
      return Status::Error("the record " + path + " has no index_no");
    }
    out[index_no->as_string()] = std::move(record);
  }
  return out;
}

StatusOr<std::string> ResolvePublication(const Repository& repo,
                                         const History& history,
                                         const std::string& revision) {
  if (Date::Parse(revision)) {
    std::string found;
    for (const auto& p : history.publications) {
      if (p.date <= revision) found = p.commit.id;
    }
    if (found.empty()) {
      return Status::Error("nothing was published on or before " + revision);
    }
    return found;
  }
  return repo.Resolve(revision);
}

namespace {

// The published publications and versions, as the site shows them.
void AddPublished(const History& published, SiteHistory& out) {
  for (const auto& p : published.publications) {
    out.publications.push_back({p.date, p.subject, p.commit.id, p.added,
                                p.amended, p.repealed, p.withdrawn});
  }
  for (const auto& [path, versions] : published.versions) {
    if (versions.empty()) continue;
    const Value* index_no = versions.back().record.Find("index_no");
    if (index_no == nullptr) continue;
    auto& list = out.versions[index_no->as_string()];
    for (const auto& v : versions) {
      list.push_back({v.number, v.date,
                      v.number == 1 ? std::string() : v.change_note, v.record,
                      false});
    }
  }
}

// The list of `pending` that a change of that kind goes into.
std::vector<std::string>* PendingList(DocumentChange change,
                                      PublicationEntry& pending) {
  switch (change) {
    case DocumentChange::kAdded:
      return &pending.added;
    case DocumentChange::kAmended:
      return &pending.amended;
    case DocumentChange::kRepealed:
      return &pending.repealed;
    case DocumentChange::kWithdrawn:
      return &pending.withdrawn;
    case DocumentChange::kUnchanged:
      break;
  }
  return nullptr;
}

}  // namespace

SiteHistory MakeSiteHistory(const History* published,
                            const std::vector<Document>& docs,
                            const std::string& today,
                            const ValidityMeaning& meaning) {
  SiteHistory out;
  if (published != nullptr) AddPublished(*published, out);
  PublicationEntry pending;
  pending.date = today;
  for (const auto& doc : docs) {
    Value record = DocumentRecord(doc);
    auto& list = out.versions[doc.index_no];
    // Judged as publish judges it (ClassifyChange), against the version
    // the history shows last.
    PublishedDoc now, last;
    PublishedFromRecord(record, &now);
    if (!list.empty()) PublishedFromRecord(list.back().record, &last);
    const DocumentChange change =
        ClassifyChange(list.empty() ? nullptr : &last, now, meaning);
    std::vector<std::string>* into = PendingList(change, pending);
    if (into == nullptr) continue;
    into->push_back(doc.index_no);
    const Value* fields = record.Find("fields");
    std::string note =
        list.empty() || fields == nullptr
            ? std::string()
            : VersionNote(list.back().record.Find("fields"), *fields);
    list.push_back({static_cast<int>(list.size()) + 1, today, std::move(note),
                    std::move(record), true});
  }
  if (!pending.added.empty() || !pending.amended.empty() ||
      !pending.repealed.empty() || !pending.withdrawn.empty()) {
    pending.subject = "(this publication)";
    out.publications.push_back(std::move(pending));
  }
  return out;
}

}  // namespace disclose
