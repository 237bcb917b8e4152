// checkout: the steps that change the published directory P, each safe to
// be interrupted at any moment (docs/publishing.md): writing an immutable
// checkout of a commit, switching P to it, and recovering from whatever an
// interrupted publication left.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "git/repository.h"
#include "git/store.h"
#include "model/output.h"

namespace disclose {

// Writes `files` as a new checkout of `commit` in the store's trees/ (first
// under a .partial name, flushed to disk, then renamed), with the .git
// file that makes it a work tree of the store's repository. Returns its
// name.
StatusOr<std::string> WriteCheckout(FileSystem& fs, const PublishedStore& store,
                                    const std::string& commit,
                                    const std::vector<OutputFile>& files);

// The files of a commit, for a new checkout of it.
StatusOr<std::vector<OutputFile>> CommitFiles(const Repository& repo,
                                              const std::string& commit);

// A complete checkout of `commit` in trees/, or "".
std::string FindCheckout(const PublishedStore& store,
                         const std::string& commit);

// Points P at trees/<name> (one atomic step) and makes the index describe
// it, so that `git status` in P is clean. A folder that was at P is kept,
// renamed; *kept names it ("" when there was none).
Status ShowCheckout(Repository& repo, const PublishedStore& store,
                    const std::string& name, const std::string& commit,
                    std::string* kept);

// Makes the index describe `tree`, with its git lock recorded as
// disclose's own while it is held.
Status ResetIndex(Repository& repo, const PublishedStore& store,
                  const std::string& tree);

// Removes what interrupted runs left in the store (partial checkouts, old
// checkouts, links being made) except the checkout P shows.
void RemoveLeftovers(FileSystem& fs, const PublishedStore& store);

// The leftovers RemoveLeftovers would remove, for `verify` to mention.
std::vector<std::string> Leftovers(const PublishedStore& store);

}  // namespace disclose
