// The published store: what the published directory P is made of, laid out
// so that a publication becomes visible in one atomic step and the
// repository never moves.
//
//   P                            a symlink to .P.disclose/trees/<tree>
//   .P.disclose/repo/            the git repository (never moves)
//   .P.disclose/trees/<tree>/    an immutable checkout of one commit, named
//                                "<commit id>-<8 hex>", with a .git file
//                                pointing at ../../repo (so `git -C P` works)
//   .P.disclose/lock             the publish lock (flock)
//   .P.disclose/history.json     a cache of the history walk (only a cache)
//
// docs/publishing.md explains why, and what each crash leaves behind.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "git/repository.h"

namespace disclose {

struct PublishedStore {
  std::string published;  // P
  std::string dir;        // .P.disclose beside P
  std::string repository() const { return dir + "/repo"; }
  std::string trees() const { return dir + "/trees"; }
  std::string lock() const { return dir + "/lock"; }
  std::string history_cache() const { return dir + "/history.json"; }
  // The git lock files a publication is about to take, written before it
  // takes them and removed after (see GitLocksTaken).
  std::string git_locks() const { return dir + "/git-locks"; }
  std::string tree(const std::string& name) const {
    return trees() + "/" + name;
  }
};

// The store of the published directory `published` (".<name>.disclose"
// beside it).
PublishedStore StoreFor(const std::string& published);

// What is at P now.
struct PublishedState {
  enum Kind {
    kAbsent,     // nothing
    kLinked,     // a symlink to a tree of the store
    kBroken,     // a symlink into the store, to a tree that is not there
    kLegacy,     // a directory holding its own .git folder (a plain checkout)
    kDirectory,  // a directory without a repository (a build's output ...)
    kForeign,    // anything else: a file, a symlink elsewhere
  };
  Kind kind = kAbsent;
  std::string tree;    // kLinked: the tree's name in trees/
  std::string commit;  // kLinked: the commit that tree is a checkout of
};
PublishedState ReadPublishedState(const PublishedStore& store);

// Whether the store holds a repository.
bool HasRepository(const PublishedStore& store);

// A fresh name for a checkout of `commit`.
std::string NewTreeName(const std::string& commit);
// The commit a tree name is a checkout of ("" for a name not of that form).
std::string TreeCommit(const std::string& name);
// The suffix of a tree still being written.
inline constexpr char kPartialSuffix[] = ".partial";

// Records, before disclose has libgit2 take git's own lock files (the
// branch's, the index's), which ones: a publication killed while holding
// them leaves them behind, and only this record tells the next publication
// (under the publish lock) that they are disclose's own, safe to remove.
// `names` are relative to the repository.
Status RecordGitLocks(const PublishedStore& store,
                      const std::vector<std::string>& names);
// The names recorded and not yet cleared.
std::vector<std::string> RecordedGitLocks(const PublishedStore& store);
// Clears the record once the locks are released.
void ClearGitLocks(const PublishedStore& store);

// Names of the entries of trees/ (complete and partial), sorted.
std::vector<std::string> ListTrees(const PublishedStore& store);

// Makes P point at trees/<name> in one atomic step: a new symlink renamed
// over the old one, or exchanged with a directory at P (which is then at
// *displaced, for the caller to remove). The parent directory is synced.
Status SwitchPublished(const PublishedStore& store, const std::string& name,
                       std::string* displaced);

// Flushes everything written to the file system holding `path` to stable
// storage (syncfs): one flush for a whole step of a publication.
Status SyncFileSystem(const std::string& path);

// Flushes a directory's entries to stable storage.
Status SyncDirectory(const std::string& dir);

// Bytes free for an unprivileged writer on the file system holding `path`,
// or -1 when it cannot be measured.
long long FreeBytes(const std::string& path);

// The repository of the published directory, for reading: the store's, or
// the .git folder of a plain checkout at P; nullptr when there is none. Its
// work tree is the folder P shows.
StatusOr<std::unique_ptr<Repository>> OpenPublished(
    const PublishedStore& store);

}  // namespace disclose
