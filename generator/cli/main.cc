// disclose: the command line. It only turns flags into options and calls
// the pipeline; each command is in cli/<name>_command.cc.
//
// Exit status: 0 valid, 1 invalid content, 2 usage or environment error.
#include <cstdio>
#include <exception>
#include <vector>

#include "cli/command.h"

namespace {

int Run(int argc, char** argv) {
  using namespace disclose::cli;
  CLI::App app{"disclose: validate, render and publish public disclosures"};
  app.require_subcommand(1);
  app.fallthrough();
  CommonFlags flags;
  AddCommonFlags(&app, flags);

  std::vector<Command> commands = {
      AddCheckCommand(app, flags),   AddBuildCommand(app, flags),
      AddNewCommand(app, flags),     AddServeCommand(app, flags),
      AddPublishCommand(app, flags), AddLogCommand(app, flags),
      AddDiffCommand(app, flags),    AddVerifyCommand(app, flags),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  for (const Command& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return kUsage;
}

}  // namespace

// Errors are values everywhere; an exception that still reaches here (out
// of memory, a library's) ends the run as an environment error, with its
// text, rather than std::terminate.
int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "disclose: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "disclose: internal error\n");
  }
  return disclose::cli::kUsage;
}
