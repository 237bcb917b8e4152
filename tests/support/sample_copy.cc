#include "support/sample_copy.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace disclose::testing {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CommandResult RunCommand(const std::string& command,
                         const fs::path& scratch_file) {
  CommandResult r;
  FILE* pipe = ::popen((command + " 2>" + scratch_file.string()).c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = Slurp(scratch_file);
  return r;
}

SampleCopy::SampleCopy() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  dir_ = fs::temp_directory_path() /
         ("disclose_" + std::string(info->test_suite_name()) + "_" +
          info->name() + "_" + std::to_string(::getpid()));
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  fs::copy(fs::path(DISCLOSE_SOURCE_DIR) / "content", dir_ / "content",
           fs::copy_options::recursive);
  fs::copy(fs::path(DISCLOSE_SOURCE_DIR) / "themes", dir_ / "themes",
           fs::copy_options::recursive);
}

SampleCopy::~SampleCopy() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

CommandResult SampleCopy::Disclose(const std::string& args,
                                   const std::string& site,
                                   const std::string& env) const {
  // Run from inside the copy, as a department runs it from its site: a
  // relative --out is relative to the current directory.
  return RunCommand(
      "cd '" + dir_.string() + "' && " + (env.empty() ? "" : env + " ") +
          std::string(DISCLOSE_BINARY) + " " + args + " --site " +
          (site.empty() ? dir_.string() : site) + " --today 2026-01-01",
      dir_ / "stderr.txt");
}

void SampleCopy::Edit(const std::string& rel, const std::string& from,
                      const std::string& to) const {
  std::string text = Slurp(dir_ / rel);
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << rel << " has no " << from;
  text.replace(at, from.size(), to);
  std::ofstream(dir_ / rel, std::ios::binary) << text;
}

}  // namespace disclose::testing
