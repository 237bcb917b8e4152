#include "git/trailers.h"

#include <cctype>

#include "base/text.h"
#include "git/git_handles.h"

namespace disclose {

namespace {

// Stands in for the first '-' of a line starting with "---" that is no
// divider. Like '-', git's rules read it as part of a key, so the line is
// classified (trailer or not) exactly as before.
constexpr char kStandIn = 'x';

bool IsDivider(std::string_view line) {
  return StartsWith(line, "---") && line.size() > 3 &&
         std::isspace(static_cast<unsigned char>(line[3]));
}

// libgit2 1.5.1 ends a message at every line starting with "---"; git only
// at one where white space follows (a patch's "---" line). The message as
// libgit2 must see it to read what git reads: cut at git's divider, and
// the other lines starting with "---" begin with kStandIn instead.
std::string AsGitReadsIt(const std::string& message) {
  std::string out;
  for (size_t at = 0; at < message.size();) {
    size_t end = message.find('\n', at);
    end = end == std::string::npos ? message.size() : end + 1;
    std::string_view line(message.data() + at, end - at);
    if (IsDivider(line)) break;
    out += StartsWith(line, "---") ? kStandIn + std::string(line.substr(1))
                                   : std::string(line);
    at = end;
  }
  return out;
}

// A key read from a line that AsGitReadsIt changed, as it was written.
std::string OriginalKey(const std::string& message, const std::string& key) {
  if (key.size() < 3 || key[0] != kStandIn || key.compare(1, 2, "--") != 0) {
    return key;
  }
  std::string written = "-" + key.substr(1);
  for (const auto& line : Split(message, '\n')) {
    if (StartsWith(line, written) && line.size() > written.size() &&
        (line[written.size()] == ':' || line[written.size()] == ' ' ||
         line[written.size()] == '\t')) {
      return written;
    }
  }
  return key;
}

// A value continued on further lines, on one line as `git
// interpret-trailers --parse` prints it.
std::string Unfolded(std::string_view value) {
  std::string out;
  for (const auto& line : Split(value, '\n')) {
    const std::string part = Trim(line);
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> MessageTrailers(
    const std::string& message) {
  // libgit2 allocates through its global allocator, set up by its init.
  static GitLibrary lib;
  std::vector<std::pair<std::string, std::string>> out;
  const std::string text = AsGitReadsIt(message);
  git_message_trailer_array array{};
  if (git_message_trailers(&array, text.c_str()) < 0) return out;
  const GitTrailerArrayOwner owner(&array);
  for (size_t i = 0; i < array.count; ++i) {
    out.emplace_back(OriginalKey(message, array.trailers[i].key),
                     Unfolded(array.trailers[i].value));
  }
  return out;
}

}  // namespace disclose
