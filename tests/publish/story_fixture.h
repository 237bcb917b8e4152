// The fixture of the publishing stories: a temporary copy of the sample,
// the real `disclose` binary and the real `git` command.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/sample_copy.h"

namespace disclose {

namespace fs = std::filesystem;

// A command's standard output and error together, as a person sees them.
struct Output {
  int code = -1;
  std::string out;
};

class PublishStoryTest : public ::testing::Test {
 protected:
  Output Shell(const std::string& cmd) {
    testing::CommandResult r = testing::RunCommand(cmd, dir_ / "stderr.txt");
    return {r.exit_code, r.out + r.err};
  }
  Output Disclose(const std::string& args, const std::string& env = "") {
    testing::CommandResult r = copy_.Disclose(args, "", env);
    return {r.exit_code, r.out + r.err};
  }
  Output Git(const std::string& args) {
    return Shell("git -C " + (dir_ / "public").string() + " " + args);
  }
  void Edit(const std::string& rel, const std::string& from,
            const std::string& to) {
    copy_.Edit(rel, from, to);
  }
  // An amendment of the fee schedule, different each time it is called.
  void Amend() {
    const std::string note =
        "change_note: 第" + std::to_string(++amended_) + "次更正\n";
    if (amended_ == 1) {
      Edit(fees_, "validity: 有效", note + "validity: 有效");
    } else {
      Edit(fees_, "change_note: 第" + std::to_string(amended_ - 1) + "次更正\n",
           note);
    }
  }
  int Commits() {
    Output r = Git("rev-list --count HEAD");
    return r.code == 0 ? std::stoi(r.out) : 0;
  }

  int amended_ = 0;
  testing::SampleCopy copy_;
  const fs::path& dir_ = copy_.dir();
  const std::string fees_ =
      "content/fees/2005/city-hospital-outpatient-fees.md";
};

}  // namespace disclose
