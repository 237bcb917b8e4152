// disclose check, disclose build.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "base/file_system.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "fix/fix.h"

namespace disclose::cli {

namespace {

Language LanguageOfSite(const CheckedSite& site) {
  return LanguageOf(site.config.site.language);
}

// check --fix: applies the certain fixes of a first check, prints each
// change on stderr, and returns what a second check of the fixed files
// says. *summary gains "fixed N values; ".
StatusOr<CheckedSite> CheckAndFix(FileSystem& fs, const CommonFlags& flags,
                                  std::string* summary) {
  auto first = CheckSite(fs, MakeOptions(flags));
  if (!first.ok()) return first.status();
  auto outcomes = ApplyFixes(fs, flags.site, first->diagnostics);
  if (!outcomes.ok()) return outcomes.status();
  if (outcomes->empty()) return first;
  int applied = 0;
  EndProgressLine();
  for (const FixOutcome& o : *outcomes) {
    applied += o.applied ? 1 : 0;
    std::cerr << TerminalSafe(FormatFixOutcome(o), Newlines::kKeep);
  }
  auto second = CheckSite(fs, MakeOptions(flags));
  if (second.ok()) {
    *summary = LanguageOfSite(*second) == Language::kEn
                   ? "fixed " + std::to_string(applied) + " values; "
                   : "改正了 " + std::to_string(applied) + " 处；";
  }
  return second;
}

// The summary of check: what was checked and what it found; with --links,
// also how many links of how many pages were followed (or that none were,
// since a site that fails its check is not built).
std::string CheckSummary(const CheckedSite& site, const LinkStats* links,
                         const std::string& elapsed) {
  const Language lang = LanguageOfSite(site);
  const bool en = lang == Language::kEn;
  const std::string n = std::to_string(site.documents.size());
  std::string checked =
      en ? "checked " + n + " documents" : "检查了 " + n + " 个文档";
  std::string after;
  if (links != nullptr && links->pages > 0) {
    const std::string refs = std::to_string(links->references);
    const std::string pages = std::to_string(links->pages);
    checked += en ? ", followed " + refs + " links on " + pages + " pages"
                  : "，" + pages + " 个页面上的 " + refs + " 个链接";
  } else if (links != nullptr) {
    after = en ? "; links not followed: the site did not pass the check"
               : "；网站未通过检查，未检查链接";
  }
  const std::string counts = Counts(site.diagnostics, lang);
  return en ? checked + ": " + counts + " (" + elapsed + ")" + after
            : checked + "：" + counts + "（" + elapsed + "）" + after;
}

}  // namespace

Command AddCheckCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand("check", "validate only");
  auto fix = std::make_shared<bool>(false);
  auto links = std::make_shared<bool>(false);
  cmd->add_flag("--fix", *fix,
                "apply every certain fix (warnings such as 2005年1月10日 or "
                "常政办发[2005]3号) in place, then check again");
  cmd->add_flag("--links", *links,
                "also build the site in memory and follow every link, anchor "
                "and asset of its pages to the site's own files (links to "
                "other sites are not followed)");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, fix, links] {
            const auto start = std::chrono::steady_clock::now();
            RealFileSystem fs;
            std::string fixed;
            auto site = *fix ? CheckAndFix(fs, flags, &fixed)
                             : CheckSite(fs, MakeOptions(flags));
            if (!site.ok()) return EnvironmentError(site.status());
            std::optional<LinkStats> followed;
            if (*links) {
              auto stats = CheckSiteLinks(*site, MakeOptions(flags));
              if (!stats.ok()) return EnvironmentError(stats.status());
              followed = *stats;
            }
            return Report(
                flags, *site,
                fixed + CheckSummary(*site, followed ? &*followed : nullptr,
                                     Elapsed(start)));
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
            const BuildCounts counts{static_cast<int>(site.documents.size()),
                                     site.failed ? -1 : stats->pages,
                                     site.failed ? -1 : stats->files};
            std::string summary = BuiltLine(
                counts, site.diagnostics, LanguageOfSite(site), Elapsed(start));
            if (site.failed) {
              summary += LanguageOfSite(site) == Language::kEn
                             ? "; nothing was written"
                             : "；未写出任何文件";
            }
            return Report(flags, site, summary);
          }};
}

}  // namespace disclose::cli
