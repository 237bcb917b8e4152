// disclose publish, log, diff, verify: the published repository.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "base/file_system.h"
#include "cli/command.h"
#include "history/history.h"
#include "model/record_diff.h"
#include "publish/publish.h"
#include "git/store.h"
#include "publish/verify.h"

namespace disclose::cli {

namespace {

std::string Short(const std::string& id) { return id.substr(0, 10); }

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

StatusOr<std::unique_ptr<Repository>> OpenPublished(const CommonFlags& flags) {
  const PublishedStore store = StoreFor(PublishedDirectory(MakeOptions(flags)));
  auto repo = OpenPublished(store);
  if (repo.ok() && *repo == nullptr) {
    return Status::Error(store.published +
                         " is not a published site yet "
                         "(run disclose publish first)");
  }
  return repo;
}

// The record path ("fees/2005/x/index.json") of a document named by its
// 索引号, its source file or its address, in the last publication.
StatusOr<std::string> RecordPath(const Repository& repo,
                                 const std::string& doc) {
  auto head = repo.Head();
  if (!head.ok()) return head.status();
  if (head->empty()) return Status::Error("nothing is published yet");
  auto records = ReadRecords(repo, *head);
  if (!records.ok()) return records.status();
  for (const auto& [index_no, record] : *records) {
    const std::string url = record.Find("url")->as_string();
    const Value* source = record.Find("source");
    if (doc == index_no || doc == url || "/" + doc + "/" == url ||
        (source && source->as_string() == doc)) {
      return url.substr(1) + "index.json";
    }
  }
  return Status::Error("no published document is \"" + doc +
                       "\" (give its 索引号, its file or its address)");
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
            const CheckedSite& site = result->site;
            if (!flags.quiet) {
              for (const auto& note : result->notes) {
                Line(std::cerr) << "publish: " << note;
              }
            }
            std::string summary;
            const std::string counts =
                std::to_string(site.diagnostics.ErrorCount()) + " errors, " +
                std::to_string(site.diagnostics.WarningCount()) + " warnings";
            if (site.failed) {
              summary = "checked " + std::to_string(site.documents.size()) +
                        " documents: " + counts + "; nothing was published";
            } else if (!result->committed) {
              summary = "nothing changed since the last publication" +
                        (result->commit.empty()
                             ? std::string()
                             : " (" + Short(result->commit) + ")") +
                        "; no commit";
            } else {
              summary = "published " + std::to_string(site.documents.size()) +
                        " documents, " + std::to_string(result->stats.pages) +
                        " pages as " + Short(result->commit) + " \"" +
                        result->message.substr(0, result->message.find('\n')) +
                        "\": " + counts;
            }
            summary += " (" + Elapsed(start) + ")";
            return Report(flags, site, summary);
          }};
}

Command AddLogCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd =
      app.add_subcommand("log", "publications, or one document's versions");
  auto doc = std::make_shared<std::string>();
  cmd->add_option("DOC", *doc, "a document: its 索引号, file or address");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags, doc] {
            auto repo = OpenPublished(flags);
            if (!repo.ok()) return EnvironmentError(repo.status());
            auto history = ReadHistory(**repo);
            if (!history.ok()) return EnvironmentError(history.status());
            const bool json = flags.format == "json";
            Value out = Value::List();
            if (doc->empty()) {
              const auto& pubs = history->publications;
              for (auto it = pubs.rbegin(); it != pubs.rend(); ++it) {
                if (json) {
                  Value p = Value::Map();
                  p.Set("commit", it->commit.id);
                  p.Set("date", it->date);
                  p.Set("author", it->commit.author.name);
                  p.Set("subject", it->subject);
                  out.Push(std::move(p));
                } else {
                  Line(std::cout)
                      << Short(it->commit.id) << "  " << it->date << "  "
                      << it->commit.author.name << "  " << it->subject;
                }
              }
            } else {
              auto path = RecordPath(**repo, *doc);
              if (!path.ok()) return EnvironmentError(path.status());
              const auto& versions = history->versions[*path];
              for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
                if (json) {
                  Value v = Value::Map();
                  v.Set("version", Value::Number(it->number));
                  v.Set("commit", it->commit);
                  v.Set("date", it->date);
                  v.Set("change_note", it->change_note);
                  out.Push(std::move(v));
                } else {
                  Line(std::cout)
                      << "v" << it->number << "  " << it->date << "  "
                      << Short(it->commit) << "  "
                      << (it->number == 1 ? std::string("first published")
                                          : it->change_note);
                }
              }
            }
            if (json) std::cout << out.ToJson() << "\n";
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
            auto repo = OpenPublished(flags);
            if (!repo.ok()) return EnvironmentError(repo.status());
            auto history = ReadHistory(**repo);
            if (!history.ok()) return EnvironmentError(history.status());
            auto a = ResolvePublication(**repo, *history, args->a);
            if (!a.ok()) return EnvironmentError(a.status());
            auto b = ResolvePublication(**repo, *history, args->b);
            if (!b.ok()) return EnvironmentError(b.status());
            auto ra = ReadRecords(**repo, *a);
            if (!ra.ok()) return EnvironmentError(ra.status());
            auto rb = ReadRecords(**repo, *b);
            if (!rb.ok()) return EnvironmentError(rb.status());
            std::vector<RecordDiff> diffs = DiffRecords(*ra, *rb);
            if (!args->doc.empty()) {
              std::vector<RecordDiff> only;
              for (auto& d : diffs) {
                const Value* rec = rb->count(d.index_no) ? &rb->at(d.index_no)
                                                         : &ra->at(d.index_no);
                const Value* source = rec->Find("source");
                if (d.index_no == args->doc ||
                    (source && source->as_string() == args->doc)) {
                  only.push_back(std::move(d));
                }
              }
              diffs = std::move(only);
            }
            if (flags.format == "json") {
              Value out = Value::Map();
              out.Set("from", *a);
              out.Set("to", *b);
              out.Set("documents", RecordDiffsJson(diffs));
              std::cout << out.ToJson() << "\n";
              return kValid;
            }
            for (const auto& d : diffs) {
              const char* mark = d.kind == RecordDiff::kAdded     ? "+"
                                 : d.kind == RecordDiff::kRemoved ? "-"
                                                                  : "~";
              Line(std::cout) << mark << " " << d.index_no << " " << d.title;
              if (d.kind != RecordDiff::kChanged) continue;
              for (const auto& f : d.fields) {
                Line(std::cout) << "    " << f.key << ": \"" << f.before
                                << "\" -> \"" << f.after << "\"";
              }
              for (const auto& r : d.fee_rows) {
                Line(std::cout)
                    << "    fee row " << r.table << " / " << r.item << ": "
                    << (r.kind == FeeRowChange::kAdded
                            ? "added, " + r.after_amount
                        : r.kind == FeeRowChange::kRemoved
                            ? "removed, was " + r.before_amount
                            : r.before_amount + " -> " + r.after_amount);
              }
              if (d.body_changed) {
                size_t ins = 0, del = 0;
                for (const auto& s : d.body) {
                  if (s.kind == DiffSpan::kInsert) ins += CountChars(s.text);
                  if (s.kind == DiffSpan::kDelete) del += CountChars(s.text);
                }
                Line(std::cout) << "    text: " << ins << " characters added, "
                                << del << " removed";
              }
            }
            if (!flags.quiet) {
              Line(std::cerr) << diffs.size() << " documents differ between "
                              << Short(*a) << " and " << Short(*b);
            }
            return kValid;
          }};
}

Command AddVerifyCommand(CLI::App& app, CommonFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "verify", "public/ equals its last commit; the repository is intact");
  AddCommonFlags(cmd, flags);
  return {cmd, [&flags] {
            const PublishedStore store =
                StoreFor(PublishedDirectory(MakeOptions(flags)));
            auto report = Verify(store);
            if (!report.ok()) return EnvironmentError(report.status());
            for (const auto& p : report->problems) {
              Line(std::cerr) << "verify: " << p;
            }
            if (!flags.quiet) {
              for (const auto& n : report->notes) {
                Line(std::cerr) << "verify: note: " << n;
              }
              Line(std::cerr)
                  << (report->problems.empty() ? "verified: " : "FAILED: ")
                  << report->summary << "; last publication "
                  << (report->head.empty() ? "(none)" : Short(report->head))
                  << ", " << report->objects
                  << " objects read: " << report->problems.size()
                  << " problems";
            }
            return report->problems.empty() ? kValid : kInvalid;
          }};
}

}  // namespace disclose::cli
