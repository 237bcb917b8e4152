#include "publish/publish.h"

#include <map>

#include <ctime>

#include "base/text.h"
#include "history/history.h"
#include "publish/lock.h"
#include "write/write.h"

namespace disclose {

std::optional<Signature> ParseAuthor(const std::string& text) {
  size_t open = text.find('<');
  size_t close = text.rfind('>');
  if (open == std::string::npos || close == std::string::npos ||
      close < open || close + 1 != text.size()) {
    return std::nullopt;
  }
  Signature s{Trim(text.substr(0, open)),
              Trim(text.substr(open + 1, close - open - 1))};
  if (s.name.empty() || s.email.find('@') == std::string::npos) {
    return std::nullopt;
  }
  return s;
}

PublicationChanges ClassifyChanges(const CheckedSite& site) {
  std::map<std::string, const PublishedDoc*> before;
  for (const auto& p : site.published) before[p.index_no] = &p;
  PublicationChanges c;
  for (const auto& d : site.documents) {
    auto it = before.find(d.index_no);
    if (it == before.end()) {
      c.added.push_back(&d);
      continue;
    }
    const PublishedDoc& p = *it->second;
    if (d.withdrawn && !p.withdrawn) {
      c.withdrawn.push_back(&d);
    } else if (d.validity == "废止" && p.validity != "废止") {
      c.repealed.push_back(&d);
    } else if (ContentKey(DocumentRecord(d)) != p.content_key ||
               d.change_note != p.change_note ||
               d.validity != p.validity) {
      c.amended.push_back(&d);
    }
  }
  return c;
}

std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents) {
  std::string out = subject;
  if (out.empty()) {
    std::vector<std::string> parts;
    auto count = [&](const std::vector<const Document*>& v, const char* what) {
      if (!v.empty()) parts.push_back(std::to_string(v.size()) + " " + what);
    };
    count(changes.added, "added");
    count(changes.amended, "amended");
    count(changes.repealed, "repealed");
    count(changes.withdrawn, "withdrawn");
    out = "Publish:";
    for (size_t i = 0; i < parts.size(); ++i) {
      out += (i ? ", " : " ") + parts[i];
    }
  }
  out += "\n\n";
  auto lines = [&](const std::vector<const Document*>& v, const char* what,
                   auto&& extra) {
    for (const Document* d : v) {
      out += std::string(what) + " " + d->index_no + " " + d->title + " (" +
             d->source_path + ")" + extra(*d) + "\n";
    }
  };
  auto none = [](const Document&) { return std::string(); };
  lines(changes.added, "Added", none);
  lines(changes.amended, "Amended", [](const Document& d) {
    return d.change_note.empty() ? std::string()
                                 : "\n  更新说明: " + d.change_note;
  });
  lines(changes.repealed, "Repealed", [](const Document& d) {
    return d.repealed_by.empty() ? "\n  废止原因: " + d.repeal_reason
                                 : "\n  废止依据: " + d.repealed_by;
  });
  lines(changes.withdrawn, "Withdrawn", [](const Document& d) {
    return "\n  撤回原因: " + d.withdrawn->reason;
  });
  out += "\n";
  auto trailers = [&](const std::vector<const Document*>& v, const char* key) {
    for (const Document* d : v) out += std::string(key) + ": " + d->index_no + "\n";
  };
  trailers(changes.added, "Disclose-Added");
  trailers(changes.amended, "Disclose-Amended");
  trailers(changes.repealed, "Disclose-Repealed");
  trailers(changes.withdrawn, "Disclose-Withdrawn");
  out += "Disclose-Documents: " + std::to_string(documents) + "\n";
  return out;
}

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
