#include "base/unicode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "base/text.h"

namespace disclose {

namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// One character in its compatibility form (NFKC of it alone).
std::u32string Compatible(char32_t c) {
  // Most of what a disclosure says folds to itself: ASCII and the unified
  // CJK ideographs (the compatibility ideographs lie outside these ranges).
  if (c < 0x80 || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF)) {
    return std::u32string(1, c);
  }
  std::string one;
  AppendUtf8(c, one);
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(one.data()),
                   static_cast<utf8proc_ssize_t>(one.size()), &out,
                   static_cast<utf8proc_option_t>(
                       UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
  if (length < 0) return std::u32string(1, c);
  std::u32string folded;
  const auto* p = owner.get();
  utf8proc_ssize_t at = 0;
  while (at < length) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p + at, length - at, &cp);
    if (n <= 0) break;
    folded.push_back(static_cast<char32_t>(cp));
    at += n;
  }
  return folded;
}

bool IsLetterMarkOrNumber(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::u32string FoldForSearch(std::string_view text, std::vector<size_t>* from) {
  const std::string nfc = Nfc(text);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(nfc.data());
  const auto size = static_cast<utf8proc_ssize_t>(nfc.size());
  std::u32string out;
  out.reserve(nfc.size() / 2);
  if (from != nullptr) from->clear();
  utf8proc_ssize_t at = 0;
  while (at < size) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p + at, size - at, &cp);
    if (n <= 0) {
      if (from != nullptr) from->clear();
      return {};
    }
    for (char32_t c : Compatible(static_cast<char32_t>(cp))) {
      if (!IsLetterMarkOrNumber(c)) continue;
      // U+0130 (İ) lowercases to two characters in the browser's full case
      // mapping, which search.js then leaves as it is.
      out.push_back(c == 0x130 ? c
                               : static_cast<char32_t>(utf8proc_tolower(
                                     static_cast<utf8proc_int32_t>(c))));
      if (from != nullptr) from->push_back(static_cast<size_t>(at));
    }
    at += n;
  }
  return out;
}

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
