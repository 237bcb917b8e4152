// disclose: the command line. It only turns flags into options and calls
// the pipeline.
//
// Exit status: 0 valid, 1 invalid content, 2 usage or environment error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "base/file_system.h"
#include "pipeline/pipeline.h"

namespace disclose {
namespace {

constexpr int kValid = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

struct CommonFlags {
  std::string site = ".";
  std::string format = "text";
  bool quiet = false;
  bool strict = false;
  std::string today;  // hidden: fixes "today" for tests
};

Date Today(const CommonFlags& flags) {
  if (auto d = Date::Parse(flags.today)) return *d;
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

PipelineOptions MakeOptions(const CommonFlags& flags) {
  PipelineOptions opts;
  opts.load.site_root = flags.site;
  opts.validate.today = Today(flags);
  opts.strict = flags.strict;
  return opts;
}

// Prints the diagnostics and a one-line summary; returns the exit status.
int Report(const CommonFlags& flags, const CheckedSite& site,
           const std::string& verb, const BuildStats* stats, double seconds) {
  const Diagnostics& diags = site.diagnostics;
  char time_text[32];
  std::snprintf(time_text, sizeof time_text, "%.2f s", seconds);
  if (flags.format == "json") {
    std::cout << FormatJson(diags);
  } else {
    std::cerr << FormatText(diags);
  }
  if (!flags.quiet && flags.format != "json") {
    std::string line = verb + " " + std::to_string(site.documents.size()) +
                       " documents";
    if (stats && !site.failed) {
      line += ", " + std::to_string(stats->pages) + " pages, " +
              std::to_string(stats->files) + " files";
    }
    line += ": " + std::to_string(diags.ErrorCount()) + " errors, " +
            std::to_string(diags.WarningCount()) + " warnings (" + time_text +
            ")";
    if (site.failed) line += "; nothing was written";
    std::cerr << line << "\n";
  }
  return site.failed ? kInvalid : kValid;
}

int EnvironmentError(const Status& s) {
  std::cerr << "disclose: error: " << s.message() << "\n";
  return kUsage;
}

int Run(int argc, char** argv) {
  CLI::App app{"disclose: validate, render and publish public disclosures"};
  app.require_subcommand(1);
  app.fallthrough();
  CommonFlags flags;
  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--site", flags.site,
                    "site directory holding content/ and themes/")
        ->capture_default_str();
    cmd->add_option("--format", flags.format, "diagnostics as text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->add_flag("--quiet,-q", flags.quiet, "print only errors");
    cmd->add_flag("--strict", flags.strict, "warnings fail too");
    cmd->add_option("--today", flags.today)->group("");
  };
  add_common(&app);

  CLI::App* check = app.add_subcommand("check", "validate only");
  CLI::App* build = app.add_subcommand("build", "validate and render");
  std::string out_dir = "public";
  build->add_option("--out", out_dir, "output directory")->capture_default_str();
  for (CLI::App* cmd : {check, build}) add_common(cmd);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }

  RealFileSystem fs;
  PipelineOptions opts = MakeOptions(flags);
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  if (check->parsed()) {
    auto site = CheckSite(fs, opts);
    if (!site.ok()) return EnvironmentError(site.status());
    return Report(flags, *site, "checked", nullptr, elapsed());
  }
  if (build->parsed()) {
    opts.out_dir = out_dir;
    CheckedSite site;
    auto stats = BuildSite(fs, opts, &site);
    if (!stats.ok()) return EnvironmentError(stats.status());
    return Report(flags, site, "built", &*stats, elapsed());
  }
  return kUsage;
}

}  // namespace
}  // namespace disclose

int main(int argc, char** argv) { return disclose::Run(argc, argv); }
