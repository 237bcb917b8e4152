#include "base/unicode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace disclose {

namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

}  // namespace

std::string Nfc(std::string_view text) {
  // ASCII is its own normal form; most names and every address are.
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  if (ascii) return std::string(text);
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &out,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
  if (length < 0) return std::string(text);
  return std::string(reinterpret_cast<const char*>(owner.get()),
                     static_cast<size_t>(length));
}

}  // namespace disclose
