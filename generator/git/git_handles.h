// Owners for libgit2 handles, and the one helper that turns a libgit2
// return code into a Status. Include only from publish/ and history/.
#pragma once

#include <git2.h>

#include <memory>
#include <string>

#include "base/status.h"

namespace disclose {

template <typename T, void (*Free)(T*)>
struct GitDeleter {
  void operator()(T* p) const { Free(p); }
};

template <typename T, void (*Free)(T*)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using GitRepositoryPtr = GitPtr<git_repository, git_repository_free>;
using GitTreePtr = GitPtr<git_tree, git_tree_free>;
using GitTreeBuilderPtr = GitPtr<git_treebuilder, git_treebuilder_free>;
using GitCommitPtr = GitPtr<git_commit, git_commit_free>;
using GitSignaturePtr = GitPtr<git_signature, git_signature_free>;
using GitReferencePtr = GitPtr<git_reference, git_reference_free>;
using GitIndexPtr = GitPtr<git_index, git_index_free>;
using GitRemotePtr = GitPtr<git_remote, git_remote_free>;
using GitRevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using GitDiffPtr = GitPtr<git_diff, git_diff_free>;
using GitBlobPtr = GitPtr<git_blob, git_blob_free>;
using GitObjectPtr = GitPtr<git_object, git_object_free>;
using GitOdbPtr = GitPtr<git_odb, git_odb_free>;
using GitOdbObjectPtr = GitPtr<git_odb_object, git_odb_object_free>;
using GitConfigPtr = GitPtr<git_config, git_config_free>;
using GitBranchIteratorPtr =
    GitPtr<git_branch_iterator, git_branch_iterator_free>;
// Frees what git_message_trailers put into a caller's array; the array
// itself lives on the caller's stack.
using GitTrailerArrayOwner =
    GitPtr<git_message_trailer_array, git_message_trailer_array_free>;

// Status::Ok() when rc >= 0; otherwise an error naming `what` with
// libgit2's own explanation from git_error_last().
inline Status GitCheck(int rc, const std::string& what) {
  if (rc >= 0) return Status::Ok();
  const git_error* e = git_error_last();
  return Status::Error(
      what + ": " +
      (e && e->message ? e->message : "libgit2 error " + std::to_string(rc)));
}

// Initializes libgit2 for as long as it lives.
class GitLibrary {
 public:
  GitLibrary() { git_libgit2_init(); }
  ~GitLibrary() { git_libgit2_shutdown(); }
  GitLibrary(const GitLibrary&) = delete;
  GitLibrary& operator=(const GitLibrary&) = delete;
};

inline std::string OidHex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

}  // namespace disclose
