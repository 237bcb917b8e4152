#include "publish/publish.h"

#include <ctime>

#include "base/text.h"
#include "history/history.h"
#include "publish/lock.h"
#include "write/write.h"

namespace disclose {

StatusOr<PublishResult> Publish(FileSystem& fs, const PipelineOptions& opts,
                                const PublishOptions& publish) {
  const std::string dir = PublishedDirectory(opts);
  auto repo = Repository::Open(dir, /*create=*/true);
  if (!repo.ok()) return repo.status();
  auto lock = PublishLock::Acquire(JoinPath(dir, ".git/disclose-publish.lock"));
  if (!lock.ok()) return lock.status();

  PublishResult result;
  auto checked = CheckSite(fs, opts);
  if (!checked.ok()) return checked.status();
  result.site = std::move(*checked);
  CheckedSite& site = result.site;
  result.stats.documents = static_cast<int>(site.documents.size());
  if (site.failed) return result;
  // One moment for the whole publication: the commit's time and the date
  // of the versions it makes.
  const long long now = static_cast<long long>(std::time(nullptr));
  std::tm local{};
  const std::time_t now_t = static_cast<std::time_t>(now);
  localtime_r(&now_t, &local);
  const int offset_minutes = static_cast<int>(local.tm_gmtoff / 60);
  auto files = RenderCheckedSite(site, opts, CommitDate(now, offset_minutes));
  if (!files.ok()) return files.status();
  if (site.failed) return result;

  auto head = (*repo)->Head();
  if (!head.ok()) return head.status();
  auto tree = (*repo)->WriteTree(*files);
  if (!tree.ok()) return tree.status();
  result.commit = *head;
  if (!head->empty()) {
    auto head_tree = (*repo)->TreeOf(*head);
    if (!head_tree.ok()) return head_tree.status();
    if (*head_tree == *tree) {  // nothing changed: no commit
      for (const auto& remote : publish.push) {
        Status s = (*repo)->Push(remote);
        if (!s.ok()) return s;
      }
      return result;
    }
  }

  Signature author = publish.author.value_or(
      Signature{site.config.site.publisher_name,
                site.config.site.publisher_email});
  const PublicationChanges changes = ClassifyChanges(site);
  result.message =
      PublicationMessage(publish.message, changes, site.documents.size());
  if (publish.message.empty() && changes.empty()) {
    // Only the presentation changed (the theme): not an update of any
    // document.
    result.message = "Publish: presentation only, no document changed" +
                     result.message.substr(result.message.find("\n\n"));
  }
  auto commit = (*repo)->WriteCommit(*tree, *head, author, result.message,
                                     now, offset_minutes);
  if (!commit.ok()) return commit.status();

  // The files first (a failed write leaves the previous site), then the
  // index and the branch.
  WriteOptions write;
  write.sync = true;
  Status s = WriteSite(fs, dir, *files, write);
  if (!s.ok()) return s;
  s = (*repo)->ResetIndex(*tree);
  if (!s.ok()) return s;
  s = (*repo)->MoveBranch(*commit, *head);
  if (!s.ok()) return s;
  result.committed = true;
  result.commit = *commit;
  result.stats.files = static_cast<int>(files->size());
  for (const auto& f : *files) {
    if (EndsWith(f.path, ".html")) ++result.stats.pages;
  }
  for (const auto& remote : publish.push) {
    s = (*repo)->Push(remote);
    if (!s.ok()) return s;
  }
  return result;
}

}  // namespace disclose
