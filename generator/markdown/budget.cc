#include "markdown/budget.h"

#include <cassert>
#include <cstdlib>
#include <limits>

namespace disclose {

// Each block handed to cmark-gfm follows this header, which keeps it in
// the arena's list; the header keeps the block as aligned as malloc's.
struct alignas(alignof(std::max_align_t)) RenderArena::Block {
  Block* prev;
  Block* next;
  size_t size;
};

namespace {

// The arena of the rendering going on on this thread.
thread_local RenderArena* t_arena = nullptr;

// The clock is read once every this many allocations.
constexpr unsigned kClockEvery = 32;

}  // namespace

RenderArena::RenderArena(size_t max_bytes, std::chrono::milliseconds max_time)
    : mem_{&RenderArena::Calloc, &RenderArena::Realloc, &RenderArena::Free},
      max_bytes_(max_bytes),
      deadline_(std::chrono::steady_clock::now() + max_time),
      outer_(t_arena) {
  t_arena = this;
}

RenderArena::~RenderArena() {
  FreeAll();
  t_arena = outer_;
}

cmark_mem* RenderArena::mem() { return &mem_; }

void RenderArena::Charge(size_t more) {
  if (stop_ == RenderStop::kNone) {
    if (more > max_bytes_ - live_bytes_) {
      stop_ = RenderStop::kMemory;
    } else if (++calls_ % kClockEvery == 0 &&
               std::chrono::steady_clock::now() > deadline_) {
      stop_ = RenderStop::kTime;
    }
  }
  // Outside Parse and Render (while the tree is walked) there is nowhere
  // to jump to: the next call of either stops at once.
  if (stop_ != RenderStop::kNone && armed_) {
    std::longjmp(jump_, 1);  // NOLINT(cert-err52-cpp): see Parse
  }
  live_bytes_ += more;
}

void* RenderArena::Calloc(size_t count, size_t size) {
  RenderArena* a = t_arena;
  assert(a != nullptr);
  if (size != 0 &&
      count > (std::numeric_limits<size_t>::max() - sizeof(Block)) / size) {
    return nullptr;  // cmark-gfm reports it and aborts; it never asks this
  }
  const size_t bytes = count * size;
  a->Charge(bytes);
  auto* b = static_cast<Block*>(std::calloc(1, sizeof(Block) + bytes));
  if (b == nullptr) return nullptr;
  b->prev = nullptr;
  b->next = a->blocks_;
  b->size = bytes;
  if (a->blocks_ != nullptr) a->blocks_->prev = b;
  a->blocks_ = b;
  return b + 1;
}

void* RenderArena::Realloc(void* p, size_t size) {
  if (p == nullptr) return Calloc(1, size);
  RenderArena* a = t_arena;
  assert(a != nullptr);
  if (size > std::numeric_limits<size_t>::max() - sizeof(Block)) {
    return nullptr;
  }
  Block* b = static_cast<Block*>(p) - 1;
  if (size > b->size) a->Charge(size - b->size);
  Block* prev = b->prev;
  Block* next = b->next;
  const size_t old_size = b->size;
  auto* moved = static_cast<Block*>(std::realloc(b, sizeof(Block) + size));
  if (moved == nullptr) return nullptr;  // b is still in the list
  if (size < old_size) a->live_bytes_ -= old_size - size;
  moved->size = size;
  if (prev != nullptr) {
    prev->next = moved;
  } else {
    a->blocks_ = moved;
  }
  if (next != nullptr) next->prev = moved;
  return moved + 1;
}

void RenderArena::Free(void* p) {
  if (p == nullptr) return;
  RenderArena* a = t_arena;
  assert(a != nullptr);
  Block* b = static_cast<Block*>(p) - 1;
  if (b->prev != nullptr) {
    b->prev->next = b->next;
  } else {
    a->blocks_ = b->next;
  }
  if (b->next != nullptr) b->next->prev = b->prev;
  a->live_bytes_ -= b->size;
  std::free(b);
}

void RenderArena::FreeAll() {
  while (blocks_ != nullptr) {
    Block* next = blocks_->next;
    std::free(blocks_);
    blocks_ = next;
  }
  live_bytes_ = 0;
}

// setjmp/longjmp: Charge jumps back here from inside cmark-gfm. Between
// this frame and Charge there are only cmark-gfm's C frames and the
// allocator's, none of which owns anything but arena blocks, and FreeAll
// releases those. This frame changes no local after setjmp.
cmark_node* RenderArena::Parse(cmark_parser* parser, std::string_view body) {
  if (stop_ != RenderStop::kNone) {
    FreeAll();
    return nullptr;
  }
  if (setjmp(jump_) != 0) {  // NOLINT(cert-err52-cpp)
    armed_ = false;
    FreeAll();
    return nullptr;
  }
  armed_ = true;
  cmark_parser_feed(parser, body.data(), body.size());
  cmark_node* document = cmark_parser_finish(parser);
  armed_ = false;
  return document;
}

char* RenderArena::Render(cmark_node* document, int options,
                          cmark_llist* extensions) {
  if (stop_ != RenderStop::kNone) {
    FreeAll();
    return nullptr;
  }
  if (setjmp(jump_) != 0) {  // NOLINT(cert-err52-cpp)
    armed_ = false;
    FreeAll();
    return nullptr;
  }
  armed_ = true;
  char* html = cmark_render_html_with_mem(document, options, extensions, &mem_);
  armed_ = false;
  return html;
}

}  // namespace disclose
