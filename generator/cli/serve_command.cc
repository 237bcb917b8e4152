// disclose serve [--port N]: the local preview with live reload.
#include <cstdio>
#include <iostream>
#include <memory>

#include "base/file_system.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "serve/serve.h"

namespace disclose::cli {

namespace {

// One build, as the terminal shows it: its problems (errors always;
// warnings unless quiet) and, unless quiet, a summary line.
void PrintBuild(const CommonFlags& flags, const PreviewBuild& b) {
  EndProgressLine();
  if (!b.error.empty()) {
    std::cerr << "disclose: error: " << TerminalSafe(b.error) << "\n";
  }
  for (const Diagnostic& d : b.diagnostics.items()) {
    if (d.severity == Severity::kError || !flags.quiet || flags.strict) {
      std::cerr << FormatTerminal(d, b.language);
    }
  }
  if (flags.quiet) return;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f s", b.seconds);
  const bool en = b.language == Language::kEn;
  std::string line = BuiltLine({b.documents, b.failed ? -1 : b.pages, -1},
                               b.diagnostics, b.language, seconds);
  if (b.failed) {
    if (b.generation == 1) {
      line += en ? "; pages show the problems until they are fixed"
                 : "；问题改正之前，页面显示这些问题";
    } else {
      line += en ? "; pages show the problems, the last good build stays for "
                   "the rest"
                 : "；页面显示这些问题，其余页面仍是上一次成功的构建";
    }
  }
  std::cerr << line << std::endl;
}

}  // namespace

Command AddServeCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "serve", "preview the site on 127.0.0.1, rebuilt on every change");
  auto port = std::make_shared<int>(8080);
  cmd->add_option("--port", *port, "the port on 127.0.0.1 (0: any free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  AddCommonFlags(cmd, flags);
  return {
      cmd, [&flags, port] {
        RealFileSystem fs;
        const std::string config = JoinPath(flags.site, "content/site.yaml");
        if (!fs.IsFile(config)) {
          return EnvironmentError(Status::Error(
              "no site here: " + config + " does not exist (use --site DIR)"));
        }
        ServeOptions opts;
        opts.pipeline = MakeOptions(flags);
        opts.port = *port;
        int builds = 0;
        opts.on_build = [&flags, &builds](const PreviewBuild& b) {
          ++builds;
          PrintBuild(flags, b);
        };
        // The address goes to stdout even when quiet: it is what the
        // command gives.
        opts.on_ready = [](const std::string& url) {
          std::cout << "serving " << TerminalSafe(url) << " (Ctrl-C stops)"
                    << std::endl;
        };
        Status s = Serve(fs, opts);
        if (!s.ok()) return EnvironmentError(s);
        if (!flags.quiet) {
          std::cerr << "stopped after " << builds << " builds" << std::endl;
        }
        return kValid;
      }};
}

}  // namespace disclose::cli
