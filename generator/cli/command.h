// The pieces every `disclose` command shares. Each command lives in its own
// cli/<name>_command.cc and registers itself in main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "base/clock.h"
#include "base/text.h"
#include "pipeline/pipeline.h"

namespace disclose::cli {

constexpr int kValid = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

// Flags every command accepts, before or after its own arguments.
struct CommonFlags {
  std::string site = ".";
  std::string format = "text";
  bool quiet = false;
  bool strict = false;
  std::string today;  // hidden: fixes "today" for tests (YYYY-MM-DD)
};

// Adds the common flags to a command (and to the app itself).
void AddCommonFlags(CLI::App* cmd, CommonFlags& flags);

// The clock every command reads: the system's, or with --today the
// system's moved to that date.
std::shared_ptr<const Clock> MakeClock(const CommonFlags& flags);

// Today's date, or --today.
Date Today(const CommonFlags& flags);

// Pipeline options from the common flags: the site, MakeClock's clock and
// its today, and what the published directory's repository holds.
PipelineOptions MakeOptions(const CommonFlags& flags);

// Prints the diagnostics (text on stderr, or JSON on stdout) and, unless
// quiet, `summary` as the last line on stderr. Returns the exit status.
// Text goes through FormatTerminal and TerminalSafe: whatever the content
// holds, no control or bidi character is printed raw.
int Report(const CommonFlags& flags, const CheckedSite& site,
           const std::string& summary);

// Seconds since start, as "0.25 s", for summaries.
// "2 errors, 1 warnings" in English, "2 个错误，1 个警告" in Chinese.
std::string Counts(const Diagnostics& diags, Language language);

// What one build made; -1 for what was not written.
struct BuildCounts {
  int documents = 0;
  int pages = -1;
  int files = -1;
};

// "built 26 documents, 90 pages, 300 files: 0 errors, 0 warnings (0.4 s)",
// or its Chinese: the summary of build and serve.
std::string BuiltLine(const BuildCounts& built, const Diagnostics& diags,
                      Language language, const std::string& elapsed);

std::string Elapsed(std::chrono::steady_clock::time_point start);

// "disclose: error: ..." on stderr (the message through TerminalSafe);
// returns kUsage.
int EnvironmentError(const Status& s);

// A command: the subcommand it registered and the function that runs it
// after parsing.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

// Registration functions, one per command file.
Command AddCheckCommand(CLI::App& app, CommonFlags& flags);
Command AddBuildCommand(CLI::App& app, CommonFlags& flags);
Command AddNewCommand(CLI::App& app, CommonFlags& flags);
Command AddServeCommand(CLI::App& app, CommonFlags& flags);
Command AddPublishCommand(CLI::App& app, CommonFlags& flags);
Command AddLogCommand(CLI::App& app, CommonFlags& flags);
Command AddDiffCommand(CLI::App& app, CommonFlags& flags);
Command AddVerifyCommand(CLI::App& app, CommonFlags& flags);

}  // namespace disclose::cli
