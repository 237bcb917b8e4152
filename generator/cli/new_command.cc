// disclose new <type> <path>: a new document with every field of its type,
// the next free 索引号 and today's date; it never overwrites a file.
#include <chrono>
#include <cstdio>
#include <memory>

#include "base/file_system.h"
#include "cli/command.h"
#include "load/load.h"
#include "scaffold/scaffold.h"

namespace disclose::cli {

namespace {

struct NewArgs {
  std::string type;
  std::string path;
  std::string department;
};

int RunNew(const CommonFlags& flags, const NewArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  RealFileSystem fs;
  PipelineOptions opts = MakeOptions(flags);
  auto sources = LoadSite(fs, opts.load);
  if (!sources.ok()) return EnvironmentError(sources.status());
  // The schemas say what a document holds: they must be sound first.
  CheckedSite site;
  site.config = ParseConfig(*sources, site.diagnostics);
  if (site.diagnostics.HasErrors()) {
    site.diagnostics.Sort();
    site.failed = true;
    return Report(flags, site,
                  "nothing was written: the site's configuration has errors");
  }
  ScaffoldRequest request{args.type, args.path, args.department,
                          opts.clock->Today()};
  auto scaffold = MakeScaffold(site.config, sources->documents, request);
  if (!scaffold.ok()) return EnvironmentError(scaffold.status());
  Status written = WriteScaffold(fs, flags.site, *scaffold);
  if (!written.ok()) return EnvironmentError(written);

  char seconds[32];
  std::snprintf(
      seconds, sizeof seconds, "%.2f s",
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count());
  const std::string& label = site.config.schemas.at(args.type).label;
  return Report(flags, site,
                "wrote " + scaffold->path + ": " + label + " (" + args.type +
                    ") with 索引号 " + scaffold->index_no + "; " +
                    std::to_string(scaffold->placeholders) +
                    " placeholders to fill in, then run disclose check (" +
                    seconds + ")");
}

}  // namespace

Command AddNewCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "new", "write a new document with every field of its type");
  auto args = std::make_shared<NewArgs>();
  cmd->add_option("type", args->type,
                  "the document's type: a schema in content/schemas")
      ->required();
  cmd->add_option("path", args->path,
                  "content/<section>/<year>/<name>.md (in the site)")
      ->required();
  cmd->add_option("--department", args->department,
                  "the publishing department's id in departments.yaml "
                  "(default: the one named like site.yaml's publisher)");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, args] { return RunNew(flags, *args); }};
}

}  // namespace disclose::cli
