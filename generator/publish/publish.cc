#include "publish/publish.h"

#include "base/text.h"
#include "git/store.h"
#include "history/cache.h"
#include "history/history.h"
#include "publish/checkout.h"
#include "publish/crash_point.h"
#include "publish/lock.h"

namespace disclose {

namespace {

std::string Short(const std::string& id) { return id.substr(0, 10); }

// What the published directory needs besides a possible new commit.
struct Prepared {
  std::unique_ptr<Repository> repo;  // null until the first publication
  std::string head;                  // "" before the first publication
  bool restore = false;              // P must be made to show head again
};

// Refuses, before anything is written, a published directory disclose
// cannot publish to without losing something.
Status CheckPublishedDirectory(const PublishedStore& store,
                               const PublishOptions& publish) {
  const PublishedState state = ReadPublishedState(store);
  const std::string& p = store.published;
  if (state.kind == PublishedState::kForeign) {
    return Status::Error(p +
                         " is not a folder published by disclose (a file, "
                         "or a link elsewhere); move it away first");
  }
  if (HasRepository(store)) {
    if (state.kind == PublishedState::kDirectory ||
        state.kind == PublishedState::kLegacy) {
      return Status::Error(p + " is a folder, but the published site is " +
                           store.dir + "; move " + p + " away first");
    }
    return Status::Ok();
  }
  if (state.kind == PublishedState::kLegacy) {
    return Status::Error(
        p + " is a plain git checkout; disclose publishes into " + store.dir +
        " and makes " + p + " a link to it. Move " + p +
        " away and clone its history there: git clone --bare " + p + " " +
        store.repository());
  }
  if ((state.kind == PublishedState::kDirectory ||
       state.kind == PublishedState::kBroken) &&
      !publish.new_history) {
    return Status::Error(
        p + " exists but has no publication history (" + store.repository() +
        " is missing). If its history was lost, restore it from a mirror: "
        "git clone --bare MIRROR " +
        store.repository() + "; to start a new history, move " + p +
        " away or run disclose publish --new-history");
  }
  return Status::Ok();
}

// Preflight on the repository, before anything is written: HEAD on a
// branch with publications (or none anywhere), no git lock file of anyone
// else's. Git lock files a killed publication held are disclose's own (no
// other publication runs while this one holds the publish lock): removed.
Status CheckRepository(FileSystem& fs, Repository& r,
                       const PublishedStore& store, std::string* head) {
  auto branch = r.HeadBranch();
  if (!branch.ok()) return branch.status();
  Status s = r.UseWorkTrees();
  if (!s.ok()) return s;
  for (const auto& lock : RecordedGitLocks(store)) {
    (void)fs.RemoveAll(JoinPath(store.repository(), lock));
  }
  ClearGitLocks(store);
  for (const auto& lock : r.LockFiles()) {
    return Status::Error(
        "git left a lock file in the published repository: " +
        JoinPath(store.repository(), lock) +
        ". If no git command is working on it, remove it: rm " +
        JoinPath(store.repository(), lock));
  }
  auto h = r.Head();
  if (!h.ok()) return h.status();
  *head = *h;
  auto branches = r.Branches();
  if (!branches.ok()) return branches.status();
  if (head->empty() && !branches->empty()) {
    // A repository restored with git clone from a mirror whose HEAD names
    // another branch: publishing would start a second, unrelated history.
    return Status::Error(
        "the published repository's HEAD names " + *branch +
        ", which has no publication, but it has the branch " +
        branches->front() +
        "; point HEAD at it: git --git-dir=" + store.repository() +
        " symbolic-ref HEAD refs/heads/" + branches->front());
  }
  return Status::Ok();
}

// With P showing `head`: hand edits stop the publication (unless discard,
// which asks for P to be restored), and an index an interrupted publication
// left describing the publication before is rewritten.
Status CheckShown(Repository& r, const PublishedStore& store,
                  const PublishedState& state, const PublishOptions& publish,
                  Prepared* out) {
  Status s = r.SetWorkDir(store.tree(state.tree));
  if (!s.ok()) return s;
  auto changed = r.WorkTreeDifferences(out->head);
  if (!changed.ok()) return changed.status();
  if (!changed->empty() && !publish.discard) {
    return Status::Error(
        store.published + " was changed by hand since its last publication:" +
        "\n  " + Join(*changed, "\n  ") +
        "\nPublishing would replace these changes. Make them in content/ "
        "or themes/ instead, or run disclose publish --discard to drop them");
  }
  out->restore = !changed->empty();
  if (out->restore) return Status::Ok();
  auto tree = r.TreeOf(out->head);
  auto index = r.IndexTree();
  if (tree.ok() && (!index.ok() || *index != *tree)) {
    return ResetIndex(r, store, *tree);
  }
  return Status::Ok();
}

// Checks the repository and repairs what an interrupted publication left:
// the switch to a recorded publication is finished, leftovers are removed.
StatusOr<Prepared> Prepare(FileSystem& fs, const PublishedStore& store,
                           const PublishOptions& publish,
                           std::vector<std::string>* notes) {
  Prepared out;
  if (!HasRepository(store)) {
    out.restore = true;
    return out;
  }
  auto repo = Repository::Open(store.repository(), false);
  if (!repo.ok()) return repo.status();
  out.repo = std::move(*repo);
  Repository& r = *out.repo;
  Status s = CheckRepository(fs, r, store, &out.head);
  if (!s.ok()) return s;
  PublishedState state = ReadPublishedState(store);
  if (state.kind == PublishedState::kLinked && state.commit != out.head) {
    const std::string ready = FindCheckout(store, out.head);
    if (!ready.empty()) {
      std::string kept;
      s = ShowCheckout(r, store, ready, out.head, &kept);
      if (!s.ok()) return s;
      notes->push_back("finished the interrupted publication " +
                       Short(out.head));
      state = ReadPublishedState(store);
    }
  }
  if (state.kind == PublishedState::kLinked && state.commit == out.head) {
    s = CheckShown(r, store, state, publish, &out);
    if (!s.ok()) return s;
  } else {
    out.restore = !out.head.empty();
  }
  RemoveLeftovers(fs, store);
  return out;
}

Status CheckFreeSpace(const PublishedStore& store,
                      const std::vector<OutputFile>& files) {
  long long need = 1 << 20;
  for (const auto& f : files) need += 2 * static_cast<long long>(f.data.size());
  const long long free = FreeBytes(store.dir);
  if (free >= 0 && free < need) {
    return Status::Error("not enough free space for the publication in " +
                         store.dir + ": " + std::to_string(need >> 20) +
                         " MiB needed, " + std::to_string(free >> 20) +
                         " MiB free");
  }
  return Status::Ok();
}

// The commit: from the files as git objects to the branch moved onto it.
StatusOr<std::string> Record(FileSystem& fs, Repository& repo,
                             const PublishedStore& store,
                             const std::vector<OutputFile>& files,
                             const std::string& tree, const std::string& head,
                             const Signature& author,
                             const std::string& message, long long now,
                             int offset_minutes, std::string* checkout) {
  auto commit =
      repo.WriteCommit(tree, head, author, message, now, offset_minutes);
  if (!commit.ok()) return commit.status();
  CrashPoint("commit-written");
  // The checkout's flush also flushes the commit's objects: nothing can
  // point to an object that is not on disk.
  auto name = WriteCheckout(fs, store, *commit, files);
  if (!name.ok()) return name.status();
  *checkout = *name;
  auto branch = repo.HeadBranch();
  if (!branch.ok()) return branch.status();
  Status s = RecordGitLocks(store, {*branch + ".lock"});
  if (!s.ok()) return s;
  s = repo.MoveBranch(*commit, head);
  if (!s.ok()) return s;
  ClearGitLocks(store);
  s = SyncFileSystem(store.dir);
  if (!s.ok()) return s;
  CrashPoint("branch-moved");
  return *commit;
}

std::string CommitMessage(const CheckedSite& site,
                          const PublishOptions& publish) {
  const PublicationChanges changes = ClassifyChanges(site);
  std::string message =
      PublicationMessage(publish.message, changes, site.documents.size());
  if (publish.message.empty() && changes.empty()) {
    // Only the presentation changed (the theme): not an update of any
    // document.
    message = "Publish: presentation only, no document changed" +
              message.substr(message.find("\n\n"));
  }
  return message;
}

// Records the rendered files as a commit when they differ from the last
// publication, and shows the result (or the last publication again, when
// the published directory needs restoring).
Status RecordAndShow(FileSystem& fs, const PublishedStore& store,
                     Prepared& prepared, const std::vector<OutputFile>& files,
                     const std::string& message, const Signature& author,
                     const Instant& at, PublishResult* result) {
  Repository& repo = *prepared.repo;
  const std::string& head = prepared.head;
  auto tree = repo.WriteTree(files);
  if (!tree.ok()) return tree.status();
  result->commit = head;
  bool changed = head.empty();
  if (!head.empty()) {
    auto head_tree = repo.TreeOf(head);
    if (!head_tree.ok()) return head_tree.status();
    changed = *head_tree != *tree;
  }
  std::string checkout;
  if (changed) {
    result->message = message;
    auto commit = Record(fs, repo, store, files, *tree, head, author, message,
                         at.seconds, at.offset_minutes, &checkout);
    if (!commit.ok()) return commit.status();
    result->commit = *commit;
    result->committed = true;
  } else if (prepared.restore) {
    // Nothing new to record, but P does not show the last publication
    // (missing, or edited by hand and --discard given): show it again.
    auto name = WriteCheckout(fs, store, head, files);
    if (!name.ok()) return name.status();
    checkout = *name;
    result->notes.push_back("restored " + store.published +
                            " to the publication " + Short(head));
  }
  if (checkout.empty()) return Status::Ok();
  std::string kept;
  Status s = ShowCheckout(repo, store, checkout, result->commit, &kept);
  if (!s.ok()) return s;
  if (!kept.empty()) {
    result->notes.push_back("the folder that was at " + store.published +
                            " is kept as " + kept);
  }
  CrashPoint("index-written");
  RemoveLeftovers(fs, store);
  return Status::Ok();
}

// After a new commit: the counts, the history cache, the mirrors.
Status Finish(Repository& repo, const PublishedStore& store,
              const std::vector<OutputFile>& files,
              const PublishOptions& publish, PublishResult* result) {
  if (result->committed) {
    result->stats.files = static_cast<int>(files.size());
    for (const auto& f : files) {
      if (EndsWith(f.path, ".html")) ++result->stats.pages;
    }
    // A cache that cannot be written only costs time on the next build.
    if (auto history = ReadHistory(repo); history.ok()) {
      (void)WriteHistoryCache(store, *history);
    }
  }
  for (const auto& remote : publish.push) {
    Status s = repo.Push(remote);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

StatusOr<PublishResult> Publish(FileSystem& fs, const PipelineOptions& given,
                                const PublishOptions& publish) {
  const PublishedStore store = StoreFor(PublishedDirectory(given));
  // Checked against, and continuing, the repository it holds the lock on.
  PipelineOptions opts = given;
  opts.published = std::make_shared<RepositoryPublished>(store);
  Status s = CheckSubject(publish.message);
  if (s.ok() && publish.author) s = CheckIdentity(*publish.author, "--author");
  if (s.ok()) s = fs.MakeDirectories(store.trees());
  if (!s.ok()) return s;
  auto lock = PublishLock::Acquire(store.lock(), publish.waiting);
  if (!lock.ok()) return lock.status();
  s = CheckPublishedDirectory(store, publish);
  if (!s.ok()) return s;

  PublishResult result;
  auto prepared = Prepare(fs, store, publish, &result.notes);
  if (!prepared.ok()) return prepared.status();
  auto checked = CheckSite(fs, opts);
  if (!checked.ok()) return checked.status();
  result.site = std::move(*checked);
  CheckedSite& site = result.site;
  result.stats.documents = static_cast<int>(site.documents.size());
  if (site.failed) return result;
  const Signature author = publish.author.value_or(Signature{
      site.config.site.publisher_name, site.config.site.publisher_email});
  s = CheckIdentity(author, "site.yaml publisher");
  if (!s.ok()) return s;

  // The commit's time; its date is the date of the versions it makes.
  const Instant at = opts.clock->Now();
  auto files = RenderCheckedSite(site, opts, LocalDateOf(at).ToString());
  if (!files.ok()) return files.status();
  if (site.failed) return result;
  s = CheckFreeSpace(store, *files);
  if (!s.ok()) return s;
  if (prepared->repo == nullptr) {
    auto repo = Repository::Open(store.repository(), /*create=*/true);
    if (!repo.ok()) return repo.status();
    prepared->repo = std::move(*repo);
  }
  s = RecordAndShow(fs, store, *prepared, *files, CommitMessage(site, publish),
                    author, at, &result);
  if (s.ok()) s = Finish(*prepared->repo, store, *files, publish, &result);
  if (!s.ok()) return s;
  return result;
}

}  // namespace disclose
