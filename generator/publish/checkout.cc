#include "publish/checkout.h"

#include <filesystem>
#include <set>

#include "base/text.h"
#include "publish/crash_point.h"

namespace disclose {

namespace fs = std::filesystem;

namespace {

// The links SwitchPublished makes beside P before renaming one over it.
std::vector<std::string> StrayLinks(const PublishedStore& store) {
  std::vector<std::string> out;
  const fs::path p(store.published);
  const fs::path parent = p.parent_path().empty() ? "." : p.parent_path();
  const std::string prefix = p.filename().string() + ".disclose-link-";
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (StartsWith(name, prefix) && it->is_symlink(ec)) {
      out.push_back((p.parent_path() / name).string());
    }
  }
  return out;
}

}  // namespace

StatusOr<std::string> WriteCheckout(FileSystem& fs, const PublishedStore& store,
                                    const std::string& commit,
                                    const std::vector<OutputFile>& files) {
  const std::string name = NewTreeName(commit);
  const std::string partial = store.tree(name) + kPartialSuffix;
  std::set<std::string> dirs = {partial};
  for (const auto& f : files) {
    const size_t slash = f.path.rfind('/');
    if (slash != std::string::npos) {
      dirs.insert(JoinPath(partial, f.path.substr(0, slash)));
    }
  }
  for (const auto& d : dirs) {
    Status s = fs.MakeDirectories(d);
    if (!s.ok()) return s;
  }
  for (const auto& f : files) {
    Status s = fs.WriteFile(JoinPath(partial, f.path), f.data, false);
    if (!s.ok()) return s;
  }
  // A work tree of the store's repository, found by git from inside P.
  Status s =
      fs.WriteFile(JoinPath(partial, ".git"), "gitdir: ../../repo\n", false);
  if (!s.ok()) return s;
  // Every file on disk before the checkout is named complete.
  s = SyncFileSystem(store.dir);
  if (!s.ok()) return s;
  CrashPoint("checkout-written");
  s = fs.Rename(partial, store.tree(name));
  if (!s.ok()) return s;
  s = SyncDirectory(store.trees());
  if (!s.ok()) return s;
  return name;
}

StatusOr<std::vector<OutputFile>> CommitFiles(const Repository& repo,
                                              const std::string& commit) {
  auto tree = repo.TreeOf(commit);
  if (!tree.ok()) return tree.status();
  auto files = repo.ReadFiles(*tree, "");
  if (!files.ok()) return files.status();
  std::vector<OutputFile> out;
  out.reserve(files->size());
  for (auto& [path, data] : *files) out.push_back({path, std::move(data)});
  return out;
}

std::string FindCheckout(const PublishedStore& store,
                         const std::string& commit) {
  for (const auto& name : ListTrees(store)) {
    if (TreeCommit(name) == commit) return name;
  }
  return "";
}

Status ShowCheckout(Repository& repo, const PublishedStore& store,
                    const std::string& name, const std::string& commit,
                    std::string* kept) {
  std::string displaced;
  Status s = SwitchPublished(store, name, &displaced);
  if (!s.ok()) return s;
  kept->clear();
  if (!displaced.empty()) {
    // Not made by disclose: kept beside P under a name that says what it is.
    *kept = store.published + ".before-" + name.substr(0, 10);
    std::error_code ec;
    fs::rename(displaced, *kept, ec);
    if (ec) *kept = displaced;
  }
  CrashPoint("switched");
  s = repo.SetWorkDir(store.tree(name));
  if (!s.ok()) return s;
  auto tree = repo.TreeOf(commit);
  if (!tree.ok()) return tree.status();
  return ResetIndex(repo, store, *tree);
}

Status ResetIndex(Repository& repo, const PublishedStore& store,
                  const std::string& tree) {
  Status s = RecordGitLocks(store, {"index.lock"});
  if (!s.ok()) return s;
  s = repo.ResetIndex(tree);
  if (s.ok()) ClearGitLocks(store);
  return s;
}

std::vector<std::string> Leftovers(const PublishedStore& store) {
  const PublishedState state = ReadPublishedState(store);
  std::vector<std::string> out;
  for (const auto& name : ListTrees(store)) {
    if (state.kind == PublishedState::kLinked && name == state.tree) continue;
    out.push_back(store.tree(name));
  }
  for (const auto& link : StrayLinks(store)) out.push_back(link);
  return out;
}

void RemoveLeftovers(FileSystem& fs, const PublishedStore& store) {
  // Best effort: what cannot be removed now is removed by a later run.
  for (const auto& path : Leftovers(store)) {
    if (fs.IsDirectory(path) && !fs::is_symlink(path)) {
      (void)fs.RemoveAll(path);
    } else {
      std::error_code ec;
      fs::remove(path, ec);
    }
  }
}

}  // namespace disclose
