// Said: one sentence in each language a site can be written in. Every
// diagnostic carries its message and hint in both; what is printed is the
// one in the site's language (site.yaml `language`), so a Chinese site's
// staff read Chinese sentences and an English site's read English ones,
// with the same codes, positions and JSON shape.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace disclose {

enum class Language { kZh, kEn };

// The language diagnostics are printed in for a site whose `language` is
// site_language: English for "en" and "en-…", Chinese for anything else
// (zh-CN, zh-Hans, and a site.yaml that could not be read).
Language LanguageOf(std::string_view site_language);

struct Said {
  Said() = default;
  Said(std::string english, std::string chinese)
      : en(std::move(english)), zh(std::move(chinese)) {}

  std::string en;
  std::string zh;

  const std::string& In(Language language) const {
    return language == Language::kEn ? en : zh;
  }
  bool empty() const { return en.empty() && zh.empty(); }

  // Each language's text followed by the other's: `a + b` joins en to en
  // and zh to zh.
  Said& operator+=(const Said& more) {
    en += more.en;
    zh += more.zh;
    return *this;
  }
  friend Said operator+(Said a, const Said& b) { return a += b; }
  // Text that reads the same in both (a quoted value, a number, a label).
  friend Said operator+(Said a, const std::string& same) {
    a.en += same;
    a.zh += same;
    return a;
  }
  friend Said operator+(Said a, const char* same) {
    return std::move(a) + std::string(same);
  }
  friend Said operator+(const std::string& same, Said b) {
    b.en.insert(0, same);
    b.zh.insert(0, same);
    return b;
  }
  friend bool operator==(const Said& a, const Said& b) {
    return a.en == b.en && a.zh == b.zh;
  }
  friend bool operator<(const Said& a, const Said& b) {
    return a.en != b.en ? a.en < b.en : a.zh < b.zh;
  }
};

// How a test failure shows a Said: its English, then its Chinese.
void PrintTo(const Said& said, std::ostream* os);

// `“value”` in Chinese, `"value"` in English: how a diagnostic quotes what
// the author wrote.
Said Quote(const std::string& value);

}  // namespace disclose
