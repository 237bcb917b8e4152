// disclose: the command line. It only turns flags into options and calls
// the pipeline; each command is in cli/<name>_command.cc.
//
// Exit status: 0 valid, 1 invalid content, 2 usage or environment error.
#include <vector>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace disclose::cli;
  CLI::App app{"disclose: validate, render and publish public disclosures"};
  app.require_subcommand(1);
  app.fallthrough();
  CommonFlags flags;
  AddCommonFlags(&app, flags);

  std::vector<Command> commands = {
      AddCheckCommand(app, flags),
      AddBuildCommand(app, flags),
      AddNewCommand(app, flags),
      AddServeCommand(app, flags),
      AddPublishCommand(app, flags),
      AddLogCommand(app, flags),
      AddDiffCommand(app, flags),
      AddVerifyCommand(app, flags),
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
