// disclose publish, log, diff, verify: the published repository. The
// answers of log, diff and verify come from audit/; this file only parses
// flags and prints them.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "audit/audit.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "audit/verify.h"
#include "base/file_system.h"
#include "cli/command.h"
#include "git/store.h"
#include "history/history.h"
#include "publish/publish.h"

namespace disclose::cli {

namespace {

// One line for the terminal: whatever the published records hold, no
// control or bidi character of it is printed raw.
class Line {
 public:
  explicit Line(std::ostream& out) : out_(out) {}
  ~Line() { out_ << TerminalSafe(text_.str()) << "\n"; }
  Line(const Line&) = delete;
  Line& operator=(const Line&) = delete;
  template <typename T>
  Line& operator<<(const T& value) {
    text_ << value;
    return *this;
  }

 private:
  std::ostream& out_;
  std::ostringstream text_;
};

void PrintLines(std::ostream& out, const std::vector<std::string>& lines) {
  for (const auto& line : lines) Line(out) << line;
}

PublishedStore StoreOf(const CommonFlags& flags) {
  return StoreFor(PublishedDirectory(MakeOptions(flags)));
}

// The last line of `disclose publish`, without the time it took.
std::string PublishSummary(const PublishResult& result) {
  const CheckedSite& site = result.site;
  const Language lang = LanguageOf(site.config.site.language);
  const bool en = lang == Language::kEn;
  const std::string counts = Counts(site.diagnostics, lang);
  const std::string n = std::to_string(site.documents.size());
  if (site.failed) {
    return en ? "checked " + n + " documents: " + counts +
                    "; nothing was published"
              : "检查了 " + n + " 个文档：" + counts + "；未发布任何内容";
  }
  if (!result.committed) {
    const std::string last =
        result.commit.empty()
            ? std::string()
            : (en ? " (" : "（") + ShortId(result.commit) + (en ? ")" : "）");
    return en ? "nothing changed since the last publication" + last +
                    "; no commit"
              : "自上次发布以来没有变化" + last + "；没有提交";
  }
  const std::string subject =
      result.message.substr(0, result.message.find('\n'));
  const std::string pages = std::to_string(result.stats.pages);
  return en ? "published " + n + " documents, " + pages + " pages as " +
                  ShortId(result.commit) + " \"" + subject + "\": " + counts
            : "发布了 " + n + " 个文档、" + pages + " 个页面，提交 " +
                  ShortId(result.commit) + "“" + subject + "”：" + counts;
}

}  // namespace

Command AddPublishCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "publish", "validate, build and commit the site to public/'s repository");
  struct Args {
    std::string message, author;
    std::vector<std::string> push;
    bool discard = false, new_history = false;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--message,-m", args->message, "subject of the publication");
  cmd->add_option("--author", args->author,
                  "\"Name <email>\" (default: the publisher in site.yaml)");
  cmd->add_option("--push", args->push, "mirror to this remote (repeatable)");
  cmd->add_flag("--discard", args->discard,
                "replace files changed by hand in the published site");
  cmd->add_flag("--new-history", args->new_history,
                "start a new history where the published site has none");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, args] {
            const auto start = std::chrono::steady_clock::now();
            PublishOptions publish;
            publish.message = args->message;
            publish.push = args->push;
            publish.discard = args->discard;
            publish.new_history = args->new_history;
            publish.waiting = [&flags](int pid) {
              if (flags.quiet) return;
              Line(std::cerr) << "waiting for another publication (process "
                              << (pid > 0 ? std::to_string(pid) : "unknown")
                              << ") to finish ...";
            };
            Status subject = CheckSubject(args->message);
            if (!subject.ok()) return EnvironmentError(subject);
            if (!args->author.empty()) {
              auto author = ParseAuthor(args->author);
              if (!author.ok()) return EnvironmentError(author.status());
              publish.author = *author;
            }
            RealFileSystem fs;
            auto result = Publish(fs, MakeOptions(flags), publish);
            if (!result.ok()) return EnvironmentError(result.status());
            if (!flags.quiet) {
              for (const auto& note : result->notes) {
                Line(std::cerr) << "publish: " << note;
              }
            }
            const bool en =
                LanguageOf(result->site.config.site.language) == Language::kEn;
            const std::string summary =
                PublishSummary(*result) + (en ? " (" + Elapsed(start) + ")"
                                              : "（" + Elapsed(start) + "）");
            return Report(flags, result->site, summary);
          }};
}

Command AddLogCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd =
      app.add_subcommand("log", "publications, or one document's versions");
  auto doc = std::make_shared<std::string>();
  cmd->add_option("DOC", *doc, "a document: its 索引号, file or address");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, doc] {
            auto repo = OpenAudited(StoreOf(flags));
            if (!repo.ok()) return EnvironmentError(repo.status());
            auto history = ReadHistory(**repo);
            if (!history.ok()) return EnvironmentError(history.status());
            auto log = ReadLog(**repo, *history, *doc);
            if (!log.ok()) return EnvironmentError(log.status());
            if (flags.format == "json") {
              std::cout << LogJson(*log).ToJson() << "\n";
            } else {
              PrintLines(std::cout, LogLines(*log));
            }
            return kValid;
          }};
}

Command AddDiffCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "diff", "what changed between two publications, field by field");
  struct Args {
    std::string a, b, doc;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("REV_A", args->a,
                  "a publication: commit id or prefix, HEAD, HEAD~N, or a "
                  "date YYYY-MM-DD")
      ->required();
  cmd->add_option("REV_B", args->b, "another publication")->required();
  cmd->add_option("DOC", args->doc, "only this document");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, args] {
            auto repo = OpenAudited(StoreOf(flags));
            if (!repo.ok()) return EnvironmentError(repo.status());
            auto history = ReadHistory(**repo);
            if (!history.ok()) return EnvironmentError(history.status());
            auto diff =
                DiffPublications(**repo, *history, args->a, args->b, args->doc);
            if (!diff.ok()) return EnvironmentError(diff.status());
            if (flags.format == "json") {
              std::cout << DiffJson(*diff).ToJson() << "\n";
              return kValid;
            }
            PrintLines(std::cout, DiffLines(*diff));
            if (!flags.quiet) Line(std::cerr) << DiffSummary(*diff);
            return kValid;
          }};
}

Command AddVerifyCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "verify", "public/ equals its last commit; the repository is intact");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags] {
            auto report = Verify(StoreOf(flags));
            if (!report.ok()) return EnvironmentError(report.status());
            PrintLines(std::cerr, VerifyLines(*report, flags.quiet));
            return Verified(*report) ? kValid : kInvalid;
          }};
}

}  // namespace disclose::cli
