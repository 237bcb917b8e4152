#include "cli/progress.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

#include "base/text.h"

namespace disclose::cli {

namespace {

using Clock = std::chrono::steady_clock;

// Runs shorter than this show no progress at all.
constexpr auto kFirstDraw = std::chrono::milliseconds(300);
// At most this often a redraw.
constexpr auto kRedraw = std::chrono::milliseconds(100);

// The terminal's last line, shared by every run of the process.
struct TerminalLine {
  std::mutex mu;
  bool shown = false;
};

TerminalLine& Line() {
  static TerminalLine line;
  return line;
}

void Write(const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

bool OnTerminal(const CommonFlags& flags) {
  if (flags.quiet || flags.format != "text") return false;
  if (::isatty(STDERR_FILENO) == 0) return false;
  // getenv is safe here: read on the main thread, and nothing in disclose
  // sets the environment.
  const char* term = std::getenv("TERM");  // NOLINT(concurrency-mt-unsafe)
  return term == nullptr || std::strcmp(term, "dumb") != 0;
}

}  // namespace

std::function<void(const Progress&)> TerminalProgress(
    const CommonFlags& flags) {
  if (!OnTerminal(flags)) return nullptr;
  struct State {
    Clock::time_point start = Clock::now();
    Clock::time_point last;
    std::string stage;
  };
  auto state = std::make_shared<State>();
  return [state](const Progress& p) {
    const auto now = Clock::now();
    // A run starts again (serve builds many times): it gets its own moment.
    if (p.done == 1 && std::strcmp(p.stage, "validating") == 0) {
      state->start = now;
      state->stage.clear();
    }
    if (now - state->start < kFirstDraw) return;
    // A new stage and the last item of one are always drawn, so that the
    // line never shows a stage that is over.
    const bool new_stage = state->stage != p.stage;
    const bool last_item = p.total > 0 && p.done == p.total;
    if (!new_stage && !last_item && now - state->last < kRedraw) return;
    state->last = now;
    state->stage = p.stage;
    // The line's own control sequences (\r, erase to the end) are the only
    // ones written; the stage's text is printed safe.
    std::string text = "\r" + TerminalSafe(p.stage);
    if (p.total > 0) {
      text += " " + (p.done > 0 ? std::to_string(p.done) + "/" : "") +
              std::to_string(p.total);
    }
    text += " ...\x1b[K";
    TerminalLine& line = Line();
    std::lock_guard<std::mutex> lock(line.mu);
    Write(text);
    line.shown = true;
  };
}

void EndProgressLine() {
  TerminalLine& line = Line();
  std::lock_guard<std::mutex> lock(line.mu);
  if (!line.shown) return;
  Write("\r\x1b[K");
  line.shown = false;
}

}  // namespace disclose::cli
