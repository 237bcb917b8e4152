// disclose check, disclose build.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "base/file_system.h"
#include "cli/command.h"

namespace disclose::cli {

namespace {

std::string Counts(const CheckedSite& site) {
  return std::to_string(site.diagnostics.ErrorCount()) + " errors, " +
         std::to_string(site.diagnostics.WarningCount()) + " warnings";
}

}  // namespace

Command AddCheckCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand("check", "validate only");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags] {
            const auto start = std::chrono::steady_clock::now();
            RealFileSystem fs;
            auto site = CheckSite(fs, MakeOptions(flags));
            if (!site.ok()) return EnvironmentError(site.status());
            return Report(flags, *site,
                          "checked " + std::to_string(site->documents.size()) +
                              " documents: " + Counts(*site) + " (" +
                              Elapsed(start) + ")");
          }};
}

Command AddBuildCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand("build", "validate and render");
  // Not public/: that is the published site, which only publish writes.
  auto out_dir = std::make_shared<std::string>("site-preview");
  CLI::Option* out =
      cmd->add_option("--out", *out_dir,
                      "output folder: missing, empty or an earlier build; "
                      "relative to the current directory (default: "
                      "site-preview in the site)")
          ->capture_default_str();
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, out_dir, out] {
            const auto start = std::chrono::steady_clock::now();
            RealFileSystem fs;
            PipelineOptions opts = MakeOptions(flags);
            opts.out_dir = *out_dir;  // BuildSite refuses unsafe folders
            // A folder the user typed is where the shell is; the default
            // is the site's own site-preview/.
            if (out->count() > 0) {
              std::error_code error;
              opts.out_base = std::filesystem::current_path(error).string();
              if (error)
                return EnvironmentError(Status::Error(
                    "cannot read the current directory: " + error.message()));
            }
            CheckedSite site;
            auto stats = BuildSite(fs, opts, &site);
            if (!stats.ok()) return EnvironmentError(stats.status());
            std::string summary =
                "built " + std::to_string(site.documents.size()) + " documents";
            if (!site.failed) {
              summary += ", " + std::to_string(stats->pages) + " pages, " +
                         std::to_string(stats->files) + " files";
            }
            summary += ": " + Counts(site) + " (" + Elapsed(start) + ")";
            if (site.failed) summary += "; nothing was written";
            return Report(flags, site, summary);
          }};
}

}  // namespace disclose::cli
