// Repository: the published site's git repository (public/.git), through
// libgit2. The header speaks the project's types; object ids are hex
// strings. Only repository.cc includes <git2.h>.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/output.h"

namespace disclose {

struct Signature {
  std::string name;
  std::string email;
};

struct CommitInfo {
  std::string id;
  std::string tree;
  std::string parent;    // first parent, or "" for the first commit
  long long time = 0;    // seconds since the epoch (committer)
  int offset_minutes = 0;
  Signature author;
  std::string message;
};

struct TreeChange {
  enum Kind { kAdded, kModified, kDeleted };
  Kind kind = kAdded;
  std::string path;
};

class Repository {
 public:
  // Opens the repository whose work tree is `dir` (dir/.git). With create,
  // a missing repository is made, with its branch named main. fsync of the
  // repository's files is switched on for the whole process.
  static StatusOr<std::unique_ptr<Repository>> Open(const std::string& dir,
                                                    bool create);
  ~Repository();

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

  // Compares the work tree with HEAD's tree: paths changed, missing or
  // added by hand (the .git folder aside). Sorted.
  StatusOr<std::vector<std::string>> WorkTreeDifferences() const;
  // Reads every object reachable from HEAD; an unreadable one is an error.
  Status CheckObjects(size_t* count) const;

  const std::string& work_dir() const { return dir_; }

 private:
  Repository() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string dir_;
};

}  // namespace disclose
