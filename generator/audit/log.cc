#include "audit/log.h"

#include "audit/audit.h"

namespace disclose {

namespace {

// The text of a record's top-level `key`, or "" when it has none.
std::string TextOf(const Value& record, const char* key) {
  const Value* v = record.Find(key);
  return v != nullptr && v->kind() == Value::Kind::kString ? v->as_string()
                                                           : "";
}

bool Names(const Value& record, const std::string& doc) {
  const std::string index_no = TextOf(record, "index_no");
  const std::string url = TextOf(record, "url");
  const std::string source = TextOf(record, "source");
  return (!index_no.empty() && doc == index_no) ||
         (!url.empty() && (doc == url || "/" + doc + "/" == url)) ||
         (!source.empty() && doc == source);
}

}  // namespace

StatusOr<std::string> FindRecordPath(
    const std::map<std::string, Value>& records, const std::string& doc) {
  for (const auto& [path, record] : records) {
    if (Names(record, doc)) return path;
  }
  return Status::Error("no published document is \"" + doc +
                       "\" (give its 索引号, its file or its address)");
}

StatusOr<Log> ReadLog(const Repository& repo, const History& history,
                      const std::string& doc) {
  Log log;
  if (doc.empty()) {
    log.publications.assign(history.publications.rbegin(),
                            history.publications.rend());
    return log;
  }
  auto head = repo.Head();
  if (!head.ok()) return head.status();
  if (head->empty()) return Status::Error("nothing is published yet");
  auto records = ReadRecordFiles(repo, *head);
  if (!records.ok()) return records.status();
  auto path = FindRecordPath(*records, doc);
  if (!path.ok()) return path.status();
  log.document = *path;
  auto it = history.versions.find(*path);
  if (it != history.versions.end()) {
    log.versions.assign(it->second.rbegin(), it->second.rend());
  }
  return log;
}

std::vector<std::string> LogLines(const Log& log) {
  std::vector<std::string> lines;
  for (const auto& p : log.publications) {
    lines.push_back(ShortId(p.commit.id) + "  " + p.date + "  " +
                    p.commit.author.name + "  " + p.subject);
  }
  for (const auto& v : log.versions) {
    lines.push_back(
        "v" + std::to_string(v.number) + "  " + v.date + "  " +
        ShortId(v.commit) + "  " +
        (v.number == 1 ? std::string("first published") : v.change_note));
  }
  return lines;
}

Value LogJson(const Log& log) {
  Value out = Value::List();
  for (const auto& p : log.publications) {
    Value entry = Value::Map();
    entry.Set("commit", p.commit.id);
    entry.Set("date", p.date);
    entry.Set("author", p.commit.author.name);
    entry.Set("subject", p.subject);
    out.Push(std::move(entry));
  }
  for (const auto& v : log.versions) {
    Value entry = Value::Map();
    entry.Set("version", Value::Number(v.number));
    entry.Set("commit", v.commit);
    entry.Set("date", v.date);
    entry.Set("change_note", v.change_note);
    out.Push(std::move(entry));
  }
  return out;
}

}  // namespace disclose
