// serve: `disclose serve`, the local preview. Builds the site in memory,
// serves it on 127.0.0.1 (serve/http_server.h), watches content/ and
// themes/ (serve/watcher.h) and builds again after every change, so that
// open pages reload. Never writes to disk. Runs until SIGINT (Ctrl-C) or
// SIGTERM.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "base/file_system.h"
#include "base/status.h"
#include "pipeline/pipeline.h"
#include "serve/preview.h"

namespace disclose {

struct ServeOptions {
  // The site, strict, what was published and the clock (read at every
  // build: versions not yet published are dated on the day of the build).
  PipelineOptions pipeline;
  int port = 8080;  // on 127.0.0.1; 0 picks a free port
  // A change is built once no other change came for this long (or 2 s
  // after the first of a stream of changes), and no build runs.
  std::chrono::milliseconds settle{100};
  // Told the address once the server answers.
  std::function<void(const std::string& url)> on_ready;
  // Told about every build, the first one included.
  std::function<void(const PreviewBuild&)> on_build;
};

// Serves until SIGINT or SIGTERM, then stops cleanly (Ok). Fails when the
// site cannot be watched or the port cannot be had. Content problems never
// end it: pages show them until they are fixed. Builds run on a thread of
// their own while this one keeps reading signals: a signal during a build
// cancels it (it stops between documents, and what it did is dropped), so
// that the server stops within a fraction of a second.
// REQUIRES: called before the process starts threads of its own (SIGINT
// and SIGTERM are blocked in the calling thread and read from a signalfd;
// threads started here inherit that).
Status Serve(const FileSystem& fs, const ServeOptions& opts);

}  // namespace disclose
