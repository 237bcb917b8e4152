// Preview: the site as `disclose serve` shows it. Each build renders the
// whole site in memory; nothing is written to disk, so public/ (and every
// other folder) stays as it was. A valid build replaces the files served; an
// invalid one keeps them for assets and records its diagnostics, which every
// HTML page request then shows instead of the page.
//
// This file speaks HTTP in the project's own types (Respond), so that what
// each request gets is tested without a socket; serve/http_server.h puts it
// on one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "pipeline/pipeline.h"

namespace disclose {

// Every file of a built site by its path ("news/index.html").
using SiteFiles = std::unordered_map<std::string, std::string>;

// One moment of the preview; immutable once published, shared by the
// requests that read it.
struct PreviewState {
  uint64_t generation = 0;                 // +1 with every build, valid or not
  std::shared_ptr<const SiteFiles> files;  // the last valid build, or null
  std::string base_path = "/";             // of the last valid build
  bool failed = true;       // the latest build failed (or none ran yet)
  Diagnostics diagnostics;  // of the latest build
  std::string error;        // the latest build could not run at all
  Language language = Language::kZh;  // the site's, for the diagnostics
};

// What a build did, for the terminal.
struct PreviewBuild {
  uint64_t generation = 0;
  bool failed = false;
  int documents = 0;
  int pages = 0;
  int files = 0;
  Diagnostics diagnostics;
  Language language = Language::kZh;  // the site's, for the diagnostics
  std::string error;  // environment problem (no site, unreadable file)
  double seconds = 0;
  // Stopped by PipelineOptions::cancel: nothing was published, the previous
  // build is still served and the generation did not change.
  bool cancelled = false;
};

class Preview {
 public:
  // fs must outlive the preview.
  Preview(const FileSystem& fs, PipelineOptions opts);

  // Builds the site and publishes the result, unless the options' cancel
  // flag was raised meanwhile (then the result is dropped: `cancelled`).
  // REQUIRES: not called by two threads at once.
  PreviewBuild Rebuild();

  // The current state (never null).
  std::shared_ptr<const PreviewState> state() const;

  // Blocks until the generation differs from `seen`, Stop() was called, or
  // the deadline passed; returns the generation then.
  uint64_t WaitForBuild(uint64_t seen,
                        std::chrono::steady_clock::time_point deadline) const;

  // Wakes every waiter for good (the server is stopping).
  void Stop();
  bool stopped() const;

 private:
  const FileSystem& fs_;
  const PipelineOptions opts_;
  mutable std::mutex mu_;
  mutable std::condition_variable built_;
  std::shared_ptr<const PreviewState> state_;  // guarded by mu_
  bool stopped_ = false;                       // guarded by mu_
};

// ---- HTTP in the project's types -------------------------------------------

// Where the page script listens for builds, and the script itself.
inline constexpr char kEventsPath[] = "/__disclose/events";
inline constexpr char kReloadScriptPath[] = "/__disclose/reload.js";

// Request paths longer than this are refused (414).
inline constexpr size_t kMaxPathBytes = 2048;

struct PreviewResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // and these
};

// The answer to `method` on `path` (the URL's path, percent-decoded, without
// the query). Only GET and HEAD are served (405 otherwise); a path with
// "..", "." or empty segments, a backslash or a control character is refused
// (400). HTML pages get the reload script; while the latest build failed,
// every page request gets the diagnostics page (503) and other files come
// from the last valid build.
PreviewResponse Respond(const PreviewState& state, const std::string& method,
                        const std::string& path);

// The page that lists the latest build's problems, escaped, with file:line.
std::string DiagnosticsPage(const PreviewState& state);

// Adds the reload script (which knows the page's generation) before
// </body>, or at the end.
std::string InjectReloadScript(std::string html, uint64_t generation);

// The reload script: listens on kEventsPath and reloads the page when the
// site was built again.
const std::string& ReloadScript();

// The path when it is safe to look up, else nullopt: starts with '/', no
// empty, "." or ".." segment (a trailing '/' is fine), no backslash, no
// control character, at most kMaxPathBytes.
std::optional<std::string> CleanPath(const std::string& path);

// True when a Host header names this server (127.0.0.1:port or
// localhost:port). Anything else may be a page elsewhere reaching the
// preview through DNS rebinding.
bool IsLocalHost(const std::string& host, int port);

}  // namespace disclose
