// RenderArena: the memory and time budget of one rendering by cmark-gfm,
// the last line of defence behind the input gate (markdown/gate.h). Every
// allocation cmark-gfm makes for the parser, the tree and the HTML goes
// through the arena (a cmark_mem), which counts the bytes alive and looks
// at the clock. When either runs out during parsing or rendering, the
// arena jumps back out of cmark-gfm (longjmp: only C frames are skipped)
// and frees every block it handed out, so nothing leaks and the library's
// half-built state is never touched again. Include only from markdown/.
#pragma once

#include <cmark-gfm.h>

#include <chrono>
#include <csetjmp>
#include <cstddef>
#include <string_view>

#include "markdown/markdown.h"

namespace disclose {

class RenderArena {
 public:
  RenderArena(size_t max_bytes, std::chrono::milliseconds max_time);
  ~RenderArena();  // frees every block still allocated
  RenderArena(const RenderArena&) = delete;
  RenderArena& operator=(const RenderArena&) = delete;

  // The allocator to give cmark-gfm. It stays usable while the arena lives,
  // and only on the thread that made the arena.
  cmark_mem* mem();

  // cmark_parser_feed and cmark_parser_finish within the budget. nullptr
  // when it ran out (stop() says which): every block has been freed, and
  // the parser must be abandoned, never freed.
  cmark_node* Parse(cmark_parser* parser, std::string_view body);
  // cmark_render_html_with_mem within the budget; nullptr as for Parse, and
  // then the tree must be abandoned too.
  char* Render(cmark_node* document, int options, cmark_llist* extensions);

  RenderStop stop() const { return stop_; }

 private:
  struct Block;
  static void* Calloc(size_t count, size_t size);
  static void* Realloc(void* p, size_t size);
  static void Free(void* p);
  // Whether `more` bytes fit, and the time has not run out; jumps out of
  // cmark-gfm when armed and they do not.
  void Charge(size_t more);
  void FreeAll();

  cmark_mem mem_;
  const size_t max_bytes_;
  const std::chrono::steady_clock::time_point deadline_;
  size_t live_bytes_ = 0;
  unsigned calls_ = 0;
  Block* blocks_ = nullptr;  // every live block, newest first
  bool armed_ = false;       // inside Parse or Render
  RenderStop stop_ = RenderStop::kNone;
  RenderArena* outer_ = nullptr;  // the thread's arena before this one
  std::jmp_buf jump_{};
};

}  // namespace disclose
