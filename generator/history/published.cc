#include "history/published.h"

#include <algorithm>

#include "history/cache.h"
#include "history/json.h"

namespace disclose {

namespace {

void SortByIndexNo(std::vector<PublishedDoc>& docs) {
  std::sort(docs.begin(), docs.end(),
            [](const PublishedDoc& a, const PublishedDoc& b) {
              return a.index_no < b.index_no;
            });
}

// The 更新说明 a record holds, as ReadHistory reads it.
std::string ChangeNote(const Value& record) {
  const Value* fields = record.Find("fields");
  const Value* note = fields ? fields->Find("change_note") : nullptr;
  return note ? note->as_string() : std::string();
}

}  // namespace

StatusOr<std::vector<PublishedDoc>> ReadPublished(const Repository& repo,
                                                  const std::string& commit) {
  std::vector<PublishedDoc> out;
  auto tree = repo.TreeOf(commit);
  if (!tree.ok()) return tree.status();
  auto files = repo.ReadFiles(*tree, "/index.json");
  if (!files.ok()) return files.status();
  for (const auto& [path, text] : *files) {
    auto record = ParseJson(text);
    PublishedDoc doc;
    if (!record.ok() || !PublishedFromRecord(*record, &doc)) {
      return Status::Error("the published record " + path +
                           " is damaged; run 'disclose verify'");
    }
    out.push_back(std::move(doc));
  }
  SortByIndexNo(out);
  return out;
}

StatusOr<std::vector<PublishedDoc>> ReadLastPublished(
    const PublishedStore& store) {
  auto repo = OpenPublished(store);
  if (!repo.ok()) return repo.status();
  if (*repo == nullptr) return std::vector<PublishedDoc>();
  auto head = (*repo)->Head();
  if (!head.ok()) return head.status();
  if (head->empty()) return std::vector<PublishedDoc>();
  return ReadPublished(**repo, *head);
}

// ---- RepositoryPublished ---------------------------------------------------

StatusOr<std::optional<History>> RepositoryPublished::PublishedHistory() const {
  return ReadPublishedHistory(store_);
}

StatusOr<std::vector<PublishedDoc>> RepositoryPublished::LastPublication()
    const {
  return ReadLastPublished(store_);
}

// ---- MemoryPublished -------------------------------------------------------

void MemoryPublished::Publish(const std::vector<Document>& docs,
                              const std::string& date,
                              const ValidityMeaning& meaning,
                              const std::string& subject) {
  if (!history_) history_.emplace();
  History& history = *history_;
  Publication p;
  p.commit.id = "memory-" + std::to_string(history.publications.size() + 1);
  if (!history.publications.empty()) {
    p.commit.parent = history.publications.back().commit.id;
  }
  p.commit.message = subject;
  p.date = date;
  p.subject = subject;
  // What the publication adds, amends, repeals and withdraws: the rule the
  // site shows a pending publication by.
  const SiteHistory pending = MakeSiteHistory(&history, docs, date, meaning);
  if (!pending.publications.empty() &&
      pending.publications.back().commit.empty()) {
    const PublicationEntry& e = pending.publications.back();
    p.added = e.added;
    p.amended = e.amended;
    p.repealed = e.repealed;
    p.withdrawn = e.withdrawn;
  }
  last_.clear();
  for (const auto& doc : docs) {
    Value record = DocumentRecord(doc);
    PublishedDoc published;
    if (PublishedFromRecord(record, &published)) {
      last_.push_back(std::move(published));
    }
    // By record path, as the repository keys them.
    auto& versions = history.versions[doc.url.substr(1) + "index.json"];
    if (!versions.empty() &&
        versions.back().record.ToJson() == record.ToJson()) {
      continue;
    }
    Version v;
    v.number = static_cast<int>(versions.size()) + 1;
    v.commit = p.commit.id;
    v.date = date;
    v.change_note = ChangeNote(record);
    v.record = std::move(record);
    versions.push_back(std::move(v));
  }
  SortByIndexNo(last_);
  history.publications.push_back(std::move(p));
}

StatusOr<std::optional<History>> MemoryPublished::PublishedHistory() const {
  return history_;
}

StatusOr<std::vector<PublishedDoc>> MemoryPublished::LastPublication() const {
  return last_;
}

}  // namespace disclose
