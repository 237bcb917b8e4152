// audit: what the published repository says, answered for the people who
// check it, without changing anything: its publications and one
// document's versions (log.h), what changed between two publications
// (diff.h), and whether the published directory is intact (verify.h).
// Each answer is a value, and the text or JSON a command prints is made
// from it here too: the command line only parses flags and prints.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "git/repository.h"
#include "git/store.h"

namespace disclose {

// A commit id as people read it: its first 10 characters.
std::string ShortId(const std::string& commit);

// The repository of the store's published directory, for reading; an
// error saying so when nothing was ever published there.
StatusOr<std::unique_ptr<Repository>> OpenAudited(const PublishedStore& store);

}  // namespace disclose
