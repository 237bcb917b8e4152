#include "history/published.h"

#include <algorithm>

#include "history/json.h"

namespace disclose {

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
  std::sort(out.begin(), out.end(),
            [](const PublishedDoc& a, const PublishedDoc& b) {
              return a.index_no < b.index_no;
            });
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

}  // namespace disclose
