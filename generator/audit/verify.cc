#include "audit/verify.h"

#include <algorithm>

#include "audit/audit.h"
#include "base/text.h"
#include "history/cache.h"
#include "publish/checkout.h"
#include "publish/lock.h"

namespace disclose {

namespace {

// Files of the work tree that differ from `commit`, as problems.
void AddDifferences(const Repository& repo, const std::string& p,
                    const std::string& commit, VerifyReport* report) {
  auto diffs = repo.WorkTreeDifferences(commit);
  if (!diffs.ok()) {
    report->problems.push_back(diffs.status().message());
    return;
  }
  for (const auto& d : *diffs) report->problems.push_back(p + "/: " + d);
}

// Which publication P shows, and whether that is as it should be.
void CheckShown(Repository& repo, const PublishedStore& store,
                VerifyReport* report) {
  const PublishedState state = ReadPublishedState(store);
  const std::string& p = store.published;
  std::string parent;
  if (!report->head.empty()) {
    auto log = repo.Log();
    if (log.ok() && !log->empty()) parent = log->back().parent;
  }
  const bool pending =
      !report->head.empty() && !FindCheckout(store, report->head).empty();
  if (state.kind == PublishedState::kAbsent) {
    if (report->head.empty()) {
      report->summary = "nothing is published yet";
    } else if (parent.empty() && pending) {
      report->summary = p + " does not exist yet";
      report->notes.push_back(
          "the first publication " + ShortId(report->head) +
          " is recorded but was interrupted before it was shown; the next "
          "disclose publish shows it");
    } else {
      report->problems.push_back(p +
                                 " is missing; the next disclose publish "
                                 "restores it");
    }
    return;
  }
  if (state.kind == PublishedState::kLegacy) {
    report->shown = report->head;
    report->summary = p + " is publication " + ShortId(report->head);
    report->notes.push_back(p +
                            " is a plain git checkout; disclose publish "
                            "asks for its history to be moved into " +
                            store.dir);
    AddDifferences(repo, p, report->head, report);
    return;
  }
  if (state.kind == PublishedState::kBroken) {
    report->problems.push_back(p + " points to a checkout that is missing (" +
                               store.tree(state.tree) +
                               "); the next disclose publish restores it");
    return;
  }
  if (state.kind != PublishedState::kLinked) {
    report->problems.push_back(p + " is not the published site's link into " +
                               store.dir);
    return;
  }
  report->shown = state.commit;
  report->summary = p + " is publication " + ShortId(state.commit);
  if (state.commit != report->head) {
    if (state.commit == parent && pending) {
      report->summary += ", the one before the last";
      report->notes.push_back(
          "the last publication " + ShortId(report->head) +
          " is recorded but was interrupted before it was shown; the next "
          "disclose publish shows it");
    } else {
      report->problems.push_back(p + " shows " + ShortId(state.commit) +
                                 ", which is not the last publication " +
                                 ShortId(report->head));
    }
  }
  Status s = repo.SetWorkDir(store.tree(state.tree));
  if (!s.ok()) {
    report->problems.push_back(s.message());
    return;
  }
  AddDifferences(repo, p, state.commit, report);
}

void CheckRepository(Repository& repo, const PublishedStore& store,
                     VerifyReport* report) {
  auto branch = repo.HeadBranch();
  if (!branch.ok()) report->problems.push_back(branch.status().message());
  const std::vector<std::string> ours = RecordedGitLocks(store);
  for (const auto& lock : repo.LockFiles()) {
    const std::string path = JoinPath(repo.git_dir(), lock);
    if (std::find(ours.begin(), ours.end(), lock) != ours.end()) {
      report->notes.push_back("left by an interrupted publication: " + path +
                              " (the next disclose publish removes it)");
      continue;
    }
    report->problems.push_back("git left a lock file: " + path +
                               "; if no git command is working on the "
                               "repository, remove it: rm " +
                               path);
  }
  Status s = repo.CheckObjects(&report->objects);
  if (!s.ok()) report->problems.push_back(s.message());
  CacheUse use;
  auto history = ReadPublishedHistory(store, &use);
  if (!history.ok()) {
    report->problems.push_back(history.status().message());
  } else if (!use.rejected.empty()) {
    report->problems.push_back(
        "the history cache " + store.history_cache() +
        " does not match the repository (" +
        std::to_string(use.rejected.size()) +
        " entries); it is not used, and the next publish rewrites it");
  }
}

}  // namespace

StatusOr<VerifyReport> Verify(const PublishedStore& store) {
  if (const int pid = PublishLock::Holder(store.lock()); pid != 0) {
    return Status::Error("a publication is running (process " +
                         std::to_string(pid) + "); verify when it is done");
  }
  auto repo = OpenPublished(store);
  if (!repo.ok()) return repo.status();
  if (*repo == nullptr) {
    return Status::Error(store.published +
                         " is not a published site: "
                         "nothing was published there (run disclose publish)");
  }
  VerifyReport report;
  auto head = (*repo)->Head();
  if (!head.ok()) return head.status();
  report.head = *head;
  if (auto branches = (*repo)->Branches();
      report.head.empty() && branches.ok() && !branches->empty()) {
    report.problems.push_back(
        "HEAD names a branch without publications, but the repository has "
        "the branch " +
        branches->front() + ": git --git-dir=" + store.repository() +
        " symbolic-ref HEAD refs/heads/" + branches->front());
  }
  CheckShown(**repo, store, &report);
  CheckRepository(**repo, store, &report);
  const std::string pending =
      report.shown == report.head ? "" : FindCheckout(store, report.head);
  for (const auto& path : Leftovers(store)) {
    if (!pending.empty() && path == store.tree(pending)) continue;
    report.notes.push_back("left by an interrupted publication: " + path +
                           " (the next disclose publish removes it)");
  }
  return report;
}

std::vector<std::string> VerifyLines(const VerifyReport& report, bool quiet) {
  std::vector<std::string> lines;
  for (const auto& p : report.problems) lines.push_back("verify: " + p);
  if (quiet) return lines;
  for (const auto& n : report.notes) lines.push_back("verify: note: " + n);
  lines.push_back((report.problems.empty() ? "verified: " : "FAILED: ") +
                  report.summary + "; last publication " +
                  (report.head.empty() ? "(none)" : ShortId(report.head)) +
                  ", " + std::to_string(report.objects) + " objects read: " +
                  std::to_string(report.problems.size()) + " problems");
  return lines;
}

}  // namespace disclose
