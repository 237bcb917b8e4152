// Repository: the published site's git repository (public/.git), through
// libgit2. The header speaks the project's types; object ids are hex
// strings. Only repository.cc includes <git2.h>.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/identity.h"
#include "model/output.h"

namespace disclose {

struct CommitInfo {
  std::string id;
  std::string tree;
  std::string parent;  // first parent, or "" for the first commit
  long long time = 0;  // seconds since the epoch (committer)
  int offset_minutes = 0;
  Signature author;
  std::string message;
};

struct TreeChange {
  enum Kind { kAdded, kModified, kDeleted };
  Kind kind = kAdded;
  std::string path;
  std::string blob;  // the new content's id ("" when deleted)
};

class Repository {
 public:
  // Opens the repository whose git directory is `gitdir` (the store's
  // repo/, or a plain checkout's .git). With create, a missing repository
  // is made there, its branch named main. Until SetWorkDir, the repository
  // has no work tree.
  static StatusOr<std::unique_ptr<Repository>> Open(const std::string& gitdir,
                                                    bool create);
  // Marks the repository as having work trees (core.bare false), as a
  // repository restored with `git clone --bare` is not: git run inside the
  // published directory needs it.
  Status UseWorkTrees();
  // The folder whose files are compared with HEAD and described by the
  // index.
  Status SetWorkDir(const std::string& dir);
  ~Repository();

  // The branch HEAD names ("refs/heads/main"); an error for a detached HEAD.
  StatusOr<std::string> HeadBranch() const;
  // The local branches ("main", ...), sorted.
  StatusOr<std::vector<std::string>> Branches() const;
  // Lock files git leaves while it changes a file of the repository
  // (index.lock, HEAD.lock, refs/heads/main.lock, ...), relative to the git
  // directory. Any left while no one works on the repository is stale.
  std::vector<std::string> LockFiles() const;
  // The id git gives `data` as a blob.
  StatusOr<std::string> HashBlob(const std::string& data) const;
  // The commit HEAD points to, or "" before the first commit.
  StatusOr<std::string> Head() const;
  // A commit's tree.
  StatusOr<std::string> TreeOf(const std::string& commit) const;
  // Writes every file as a blob and the directories as trees; returns the
  // root tree. Nothing refers to them until a commit does.
  StatusOr<std::string> WriteTree(const std::vector<OutputFile>& files);
  // Writes a commit object (author = committer = `who`, at `time` seconds
  // since the epoch in a zone `offset_minutes` from UTC) without moving any
  // branch.
  StatusOr<std::string> WriteCommit(const std::string& tree,
                                    const std::string& parent,
                                    const Signature& who,
                                    const std::string& message, long long time,
                                    int offset_minutes);
  // Moves the current branch to commit, if it still points to `expected`
  // ("" when unborn): a second publisher in between is an error.
  Status MoveBranch(const std::string& commit, const std::string& expected);
  // The tree the index describes (written as objects if need be).
  StatusOr<std::string> IndexTree();
  // Makes the index equal to tree, so that `git status` is clean.
  Status ResetIndex(const std::string& tree);
  // Pushes the current branch to a remote (a path or URL), forcing it to
  // mirror this repository.
  Status Push(const std::string& remote);

  // The first-parent chain from HEAD, oldest first.
  StatusOr<std::vector<CommitInfo>> Log() const;
  // Paths that differ between two trees ("" = the empty tree), limited to
  // paths ending in `suffix` when it is not empty.
  StatusOr<std::vector<TreeChange>> Changes(const std::string& old_tree,
                                            const std::string& new_tree,
                                            const std::string& suffix) const;
  // The content of the file at `path` in a tree.
  StatusOr<std::string> ReadFile(const std::string& tree,
                                 const std::string& path) const;
  // Every file of a tree ending in `suffix`: path -> content.
  StatusOr<std::map<std::string, std::string>> ReadFiles(
      const std::string& tree, const std::string& suffix) const;
  // A commit named by a revision: a full or abbreviated id, HEAD, HEAD~N.
  StatusOr<std::string> Resolve(const std::string& revision) const;

  // Compares the work tree with `commit`'s tree: paths changed, missing or
  // added by hand (the .git file aside), as "changed: PATH", "missing:
  // PATH", "added by hand: PATH". Sorted.
  StatusOr<std::vector<std::string>> WorkTreeDifferences(
      const std::string& commit) const;
  // Reads every object reachable from HEAD; an unreadable one is an error.
  Status CheckObjects(size_t* count) const;

  const std::string& git_dir() const { return gitdir_; }

 private:
  Repository() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string gitdir_;
  std::string workdir_;
};

}  // namespace disclose
