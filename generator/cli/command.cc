#include "cli/command.h"

#include <cstdio>
#include <iostream>

#include "cli/progress.h"

namespace disclose::cli {

void AddCommonFlags(CLI::App* cmd, CommonFlags& flags) {
  cmd->add_option("--site", flags.site,
                  "site directory holding content/ and themes/")
      ->capture_default_str();
  cmd->add_option("--format", flags.format, "diagnostics as text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--quiet,-q", flags.quiet, "print only errors");
  cmd->add_flag("--strict", flags.strict, "warnings fail too");
  cmd->add_option("--today", flags.today)->group("");
}

std::shared_ptr<const Clock> MakeClock(const CommonFlags& flags) {
  if (auto d = Date::Parse(flags.today)) return ClockOnDate(SystemClock(), *d);
  return SystemClock();
}

Date Today(const CommonFlags& flags) { return MakeClock(flags)->Today(); }

PipelineOptions MakeOptions(const CommonFlags& flags) {
  PipelineOptions opts;
  opts.load.site_root = flags.site;
  opts.clock = MakeClock(flags);
  opts.validate.today = opts.clock->Today();
  opts.strict = flags.strict;
  opts.progress = TerminalProgress(flags);
  // Read when a run needs it, never written: only publish writes there.
  opts.published =
      std::make_shared<RepositoryPublished>(StoreFor(PublishedDirectory(opts)));
  return opts;
}

int Report(const CommonFlags& flags, const CheckedSite& site,
           const std::string& summary) {
  const Diagnostics& diags = site.diagnostics;
  const Language language = LanguageOf(site.config.site.language);
  EndProgressLine();
  if (flags.format == "json") {
    std::cout << FormatJson(diags, language);  // JSON escapes controls
  } else if (flags.quiet && !flags.strict) {
    // Quiet: errors only (under --strict warnings fail, so they stay).
    for (const Diagnostic& d : diags.items()) {
      if (d.severity == Severity::kError) {
        std::cerr << FormatTerminal(d, language);
      }
    }
  } else {
    // Content reaches the terminal only through FormatTerminal and
    // TerminalSafe: no control or bidi character of it is printed raw.
    std::cerr << FormatTerminal(diags, language);
    if (!flags.quiet) std::cerr << TerminalSafe(summary) << "\n";
  }
  return site.failed ? kInvalid : kValid;
}

std::string Counts(const Diagnostics& diags, Language language) {
  const std::string errors = std::to_string(diags.ErrorCount());
  const std::string warnings = std::to_string(diags.WarningCount());
  return language == Language::kEn
             ? errors + " errors, " + warnings + " warnings"
             : errors + " 个错误，" + warnings + " 个警告";
}

std::string BuiltLine(const BuildCounts& built, const Diagnostics& diags,
                      Language language, const std::string& elapsed) {
  const bool en = language == Language::kEn;
  std::string line =
      en ? "built " + std::to_string(built.documents) + " documents"
         : "构建了 " + std::to_string(built.documents) + " 个文档";
  if (built.pages >= 0) {
    line += en ? ", " + std::to_string(built.pages) + " pages"
               : "，" + std::to_string(built.pages) + " 个页面";
  }
  if (built.files >= 0) {
    line += en ? ", " + std::to_string(built.files) + " files"
               : "，" + std::to_string(built.files) + " 个文件";
  }
  line += (en ? ": " : "：") + Counts(diags, language);
  line += en ? " (" + elapsed + ")" : "（" + elapsed + "）";
  return line;
}

std::string Elapsed(std::chrono::steady_clock::time_point start) {
  char text[32];
  std::snprintf(
      text, sizeof text, "%.2f s",
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count());
  return text;
}

int EnvironmentError(const Status& s) {
  EndProgressLine();
  // A message may list things on lines of their own (hand-edited files).
  std::cerr << "disclose: error: " << TerminalSafe(s.message(), Newlines::kKeep)
            << "\n";
  return kUsage;
}

}  // namespace disclose::cli
