// Test support for tests that run the real `disclose` binary: a copy of the
// sample site in a fresh temporary directory, and a command runner.
#pragma once

#include <filesystem>
#include <string>

namespace disclose::testing {

std::string Slurp(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs a shell command; standard error goes through `scratch_file`.
CommandResult RunCommand(const std::string& command,
                         const std::filesystem::path& scratch_file);

// The repository's content/ and themes/, copied into a temporary directory
// named after the running test, which is removed again on destruction.
class SampleCopy {
 public:
  SampleCopy();
  ~SampleCopy();
  SampleCopy(const SampleCopy&) = delete;
  SampleCopy& operator=(const SampleCopy&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

  // `disclose ARGS --site <copy> --today 2026-01-01` (or on `site`), run in
  // the copy's folder, with
  // `env` ("NAME=value ...") added to its environment.
  CommandResult Disclose(const std::string& args, const std::string& site = "",
                         const std::string& env = "") const;

  // Replaces the first `from` in a file of the copy with `to`; a missing
  // `from` fails the test.
  void Edit(const std::string& rel, const std::string& from,
            const std::string& to) const;

 private:
  std::filesystem::path dir_;
};

}  // namespace disclose::testing
