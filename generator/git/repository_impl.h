// The inside of Repository, shared by the files that implement it
// (repository.cc, repository_audit.cc). Include only from those.
#pragma once

#include <string>

#include "git/git_handles.h"
#include "git/repository.h"

namespace disclose {

inline Status ParseOid(const std::string& hex, git_oid* oid) {
  if (git_oid_fromstr(oid, hex.c_str()) < 0) {
    return Status::Error("not an object id: " + hex);
  }
  return Status::Ok();
}

struct Repository::Impl {
  GitRepositoryPtr repo;

  StatusOr<GitTreePtr> Tree(const std::string& hex) const {
    git_oid oid;
    Status s = ParseOid(hex, &oid);
    if (!s.ok()) return s;
    git_tree* tree = nullptr;
    s = GitCheck(git_tree_lookup(&tree, repo.get(), &oid),
                 "reading tree " + hex);
    GitTreePtr owned(tree);
    if (!s.ok()) return s;
    return owned;
  }

  StatusOr<GitCommitPtr> Commit(const std::string& hex) const {
    git_oid oid;
    Status s = ParseOid(hex, &oid);
    if (!s.ok()) return s;
    git_commit* commit = nullptr;
    s = GitCheck(git_commit_lookup(&commit, repo.get(), &oid),
                 "reading commit " + hex);
    GitCommitPtr owned(commit);
    if (!s.ok()) return s;
    return owned;
  }
};

}  // namespace disclose
