// A commit message's trailers, read by git's own rules (libgit2's
// git_message_trailers, the parser behind `git interpret-trailers`): only
// the final paragraph counts, the subject paragraph never does, a line
// starting with "---" and white space ends the message, and lines starting
// with "#" are comments. Text that merely looks like "Key: value" anywhere
// else in the message is not a trailer.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace disclose {

// The (key, value) pairs of the message's trailer block, in order, each
// value on one line (continuation lines joined with a space), as
// `git interpret-trailers --parse` prints them; empty when there is none.
std::vector<std::pair<std::string, std::string>> MessageTrailers(
    const std::string& message);

}  // namespace disclose
