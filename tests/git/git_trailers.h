// The trailers of a commit message as the real `git` reads them, for tests
// that check the message writer and MessageTrailers against git itself.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "support/sample_copy.h"

namespace disclose::testing {

using Trailers = std::vector<std::pair<std::string, std::string>>;

// `git interpret-trailers --parse` on the message, outside any repository
// and without anybody's git configuration.
inline Trailers GitTrailers(const std::string& message) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() /
                       ("disclose_git_trailers_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "message.txt", std::ios::binary) << message;
  CommandResult r =
      RunCommand("cd " + dir.string() +
                     " && GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null "
                     "git interpret-trailers --parse < message.txt",
                 dir / "stderr.txt");
  fs::remove_all(dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  Trailers out;
  for (const auto& line : Split(r.out, '\n')) {
    if (line.empty()) continue;
    const size_t colon = line.find(": ");
    out.emplace_back(line.substr(0, colon), line.substr(colon + 2));
  }
  return out;
}

}  // namespace disclose::testing
