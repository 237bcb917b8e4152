#include "history/history.h"

#include <ctime>
#include <filesystem>

#include "base/file_system.h"
#include "base/text.h"
#include "history/json.h"
#include "model/record.h"
#include "publish/trailers.h"

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

StatusOr<History> ReadHistory(const Repository& repo, History cached) {
  auto log = repo.Log();
  if (!log.ok()) return log.status();
  // Continue from the cached walk when its last publication is still on
  // the chain; otherwise walk from the start.
  size_t start = 0;
  std::string previous_tree;
  if (!cached.publications.empty()) {
    const std::string& last = cached.publications.back().commit.id;
    for (size_t i = 0; i < log->size(); ++i) {
      if ((*log)[i].id == last && i + 1 == cached.publications.size()) {
        start = i + 1;
        previous_tree = (*log)[i].tree;
      }
    }
  }
  History history;
  if (start > 0) history = std::move(cached);
  for (size_t i = start; i < log->size(); ++i) {
    const CommitInfo& c = (*log)[i];
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
      auto text = repo.ReadFile(c.tree, change.path);
      if (!text.ok()) return text.status();
      auto record = ParseJson(*text);
      if (!record.ok()) {
        return Status::Error("the record " + change.path + " of publication " +
                             c.id.substr(0, 10) + " is damaged");
      }
      Version v;
      auto& versions = history.versions[change.path];
      v.number = static_cast<int>(versions.size()) + 1;
      v.commit = c.id;
      v.date = p.date;
      if (const Value* fields = record->Find("fields")) {
        if (const Value* note = fields->Find("change_note")) {
          v.change_note = note->as_string();
        }
      }
      v.record = std::move(*record);
      versions.push_back(std::move(v));
    }
    previous_tree = c.tree;
    history.publications.push_back(std::move(p));
  }
  return history;
}

StatusOr<std::map<std::string, Value>> ReadRecords(const Repository& repo,
                                                   const std::string& commit) {
  std::map<std::string, Value> out;
  auto tree = repo.TreeOf(commit);
  if (!tree.ok()) return tree.status();
  auto files = repo.ReadFiles(*tree, "/index.json");
  if (!files.ok()) return files.status();
  for (const auto& [path, text] : *files) {
    auto record = ParseJson(*&text);
    if (!record.ok()) return Status::Error("the record " + path + " is damaged");
    const Value* index_no = record->Find("index_no");
    if (index_no == nullptr) {
      return Status::Error("the record " + path + " has no index_no");
    }
    out[index_no->as_string()] = std::move(*record);
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

}  // namespace disclose

namespace disclose {

SiteHistory MakeSiteHistory(const History* published,
                            const std::vector<Document>& docs,
                            const std::string& today) {
  SiteHistory out;
  if (published != nullptr) {
    for (const auto& p : published->publications) {
      out.publications.push_back({p.date, p.subject, p.commit.id, p.added,
                                  p.amended, p.repealed, p.withdrawn});
    }
    for (const auto& [path, versions] : published->versions) {
      if (versions.empty()) continue;
      const Value* index_no = versions.back().record.Find("index_no");
      if (index_no == nullptr) continue;
      auto& list = out.versions[index_no->as_string()];
      for (const auto& v : versions) {
        list.push_back({v.number, v.date,
                        v.number == 1 ? std::string() : v.change_note,
                        v.record, false});
      }
    }
  }
  PublicationEntry pending;
  pending.date = today;
  for (const auto& doc : docs) {
    Value record = DocumentRecord(doc);
    auto& list = out.versions[doc.index_no];
    if (!list.empty() && list.back().record.ToJson() == record.ToJson()) {
      continue;
    }
    const Value* last = list.empty() ? nullptr : &list.back().record;
    if (last == nullptr) {
      pending.added.push_back(doc.index_no);
    } else {
      const Value* fields = last->Find("fields");
      const bool was_withdrawn = fields && fields->Find("withdrawn");
      const Value* validity = fields ? fields->Find("validity") : nullptr;
      if (doc.withdrawn && !was_withdrawn) {
        pending.withdrawn.push_back(doc.index_no);
      } else if (doc.validity == "废止" &&
                 (!validity || validity->as_string() != "废止")) {
        pending.repealed.push_back(doc.index_no);
      } else {
        pending.amended.push_back(doc.index_no);
      }
    }
    list.push_back({static_cast<int>(list.size()) + 1, today,
                    list.empty() ? std::string() : doc.change_note,
                    std::move(record), true});
  }
  if (!pending.added.empty() || !pending.amended.empty() ||
      !pending.repealed.empty() || !pending.withdrawn.empty()) {
    pending.subject = "(this publication)";
    out.publications.push_back(std::move(pending));
  }
  return out;
}

namespace {

Value StringList(const std::vector<std::string>& items) {
  Value list = Value::List();
  for (const auto& i : items) list.Push(i);
  return list;
}

std::vector<std::string> Strings(const Value* list) {
  std::vector<std::string> out;
  if (list != nullptr) {
    for (const auto& i : list->list()) out.push_back(i.as_string());
  }
  return out;
}

std::string Text(const Value& map, const char* key) {
  const Value* v = map.Find(key);
  return v ? v->as_string() : "";
}

long long Number(const Value& map, const char* key) {
  const Value* v = map.Find(key);
  return v && v->kind() == Value::Kind::kNumber ? v->as_number() : 0;
}

constexpr long long kCacheFormat = 1;

Value HistoryToValue(const History& h) {
  Value root = Value::Map();
  root.Set("format", Value::Number(kCacheFormat));
  Value pubs = Value::List();
  for (const auto& p : h.publications) {
    Value v = Value::Map();
    v.Set("id", p.commit.id);
    v.Set("tree", p.commit.tree);
    v.Set("parent", p.commit.parent);
    v.Set("time", Value::Number(p.commit.time));
    v.Set("offset", Value::Number(p.commit.offset_minutes));
    v.Set("author_name", p.commit.author.name);
    v.Set("author_email", p.commit.author.email);
    v.Set("message", p.commit.message);
    v.Set("date", p.date);
    v.Set("subject", p.subject);
    v.Set("added", StringList(p.added));
    v.Set("amended", StringList(p.amended));
    v.Set("repealed", StringList(p.repealed));
    v.Set("withdrawn", StringList(p.withdrawn));
    pubs.Push(std::move(v));
  }
  root.Set("publications", std::move(pubs));
  Value versions = Value::Map();
  for (const auto& [path, list] : h.versions) {
    Value vs = Value::List();
    for (const auto& v : list) {
      Value item = Value::Map();
      item.Set("number", Value::Number(v.number));
      item.Set("commit", v.commit);
      item.Set("date", v.date);
      item.Set("change_note", v.change_note);
      item.Set("record", v.record);
      vs.Push(std::move(item));
    }
    versions.Set(path, std::move(vs));
  }
  root.Set("versions", std::move(versions));
  return root;
}

History HistoryFromValue(const Value& root) {
  History h;
  if (Number(root, "format") != kCacheFormat) return h;
  if (const Value* pubs = root.Find("publications")) {
    for (const auto& v : pubs->list()) {
      Publication p;
      p.commit.id = Text(v, "id");
      p.commit.tree = Text(v, "tree");
      p.commit.parent = Text(v, "parent");
      p.commit.time = Number(v, "time");
      p.commit.offset_minutes = static_cast<int>(Number(v, "offset"));
      p.commit.author = {Text(v, "author_name"), Text(v, "author_email")};
      p.commit.message = Text(v, "message");
      p.date = Text(v, "date");
      p.subject = Text(v, "subject");
      p.added = Strings(v.Find("added"));
      p.amended = Strings(v.Find("amended"));
      p.repealed = Strings(v.Find("repealed"));
      p.withdrawn = Strings(v.Find("withdrawn"));
      h.publications.push_back(std::move(p));
    }
  }
  if (const Value* versions = root.Find("versions")) {
    for (const auto& [path, list] : versions->map()) {
      auto& out = h.versions[path];
      for (const auto& v : list.list()) {
        Version version;
        version.number = static_cast<int>(Number(v, "number"));
        version.commit = Text(v, "commit");
        version.date = Text(v, "date");
        version.change_note = Text(v, "change_note");
        if (const Value* r = v.Find("record")) version.record = *r;
        out.push_back(std::move(version));
      }
    }
  }
  return h;
}

}  // namespace

StatusOr<std::optional<History>> ReadHistoryAt(const std::string& public_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(fs::path(public_dir) / ".git", ec)) {
    return std::optional<History>();
  }
  auto repo = Repository::Open(public_dir, false);
  if (!repo.ok()) return repo.status();
  // The walk is cached in the repository's own folder, so that a build
  // reads only the publications made since the last one.
  const fs::path cache = fs::path(public_dir) / ".git" / "disclose-history.json";
  History cached;
  RealFileSystem disk;
  if (auto text = disk.ReadFile(cache.string()); text.ok()) {
    if (auto value = ParseJson(*text); value.ok()) {
      cached = HistoryFromValue(*value);
    }
  }
  const std::string cached_head = cached.publications.empty()
                                      ? std::string()
                                      : cached.publications.back().commit.id;
  auto history = ReadHistory(**repo, std::move(cached));
  if (!history.ok()) return history.status();
  const std::string head = history->publications.empty()
                               ? std::string()
                               : history->publications.back().commit.id;
  if (head != cached_head) {
    // A cache that cannot be written only costs time next run.
    (void)disk.WriteFile(cache.string(), HistoryToValue(*history).ToJson(),
                         false);
  }
  return std::optional<History>(std::move(*history));
}

}  // namespace disclose
