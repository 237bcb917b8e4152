// Diagnostics: problems with the content, reported like a compiler does.
// Every stage appends to a Diagnostics list; nothing is written while the
// list holds an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/said.h"

namespace disclose {

enum class Severity { kError, kWarning };

// A certain fix for a diagnostic: on `line` (1-based) of the diagnostic's
// file, the first occurrence of `from` that starts at or after character
// `column` (1-based) becomes `to`. Nothing else in the file changes; what
// `disclose check --fix` applies.
struct Fix {
  int line = 0;
  int column = 0;
  std::string from;
  std::string to;
  std::string label;  // the field's label (文号), for `check --fix` to print
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;  // stable, e.g. D201: base/diagnostic_codes.h
  std::string path;  // relative to the site root, '/'-separated
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based, counted in characters; 0 if unknown
  Said message;      // plain words, with the Chinese label of the field
  Said hint;         // how to fix it; may be empty
  std::optional<Fix> fix;  // only when the fix is certain
};

class Diagnostics {
 public:
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  void Error(std::string code, std::string path, int line, int column,
             Said message, Said hint = {});
  void Warning(std::string code, std::string path, int line, int column,
               Said message, Said hint = {});
  void Append(const Diagnostics& other);

  bool HasErrors() const;
  int ErrorCount() const;
  int WarningCount() const;
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }

  // Sorts by path, line, column, then code, and drops exact repeats.
  void Sort();

 private:
  std::vector<Diagnostic> items_;
};

// "path:line:col: error[D201]: message" and, when there is one,
// "  hint: ..." ("  提示：..." in Chinese) on the next line, message and hint
// in `language`. Each diagnostic ends with '\n'.
std::string FormatText(const Diagnostic& d, Language language = Language::kEn);
std::string FormatText(const Diagnostics& ds,
                       Language language = Language::kEn);

// FormatText for a terminal: path, message and hint pass through
// TerminalSafe (base/text.h), so no control or invisible character of the
// content is printed as it is. What the CLI prints on stderr.
std::string FormatTerminal(const Diagnostic& d, Language language);
std::string FormatTerminal(const Diagnostics& ds, Language language);

// {"errors":N,"warnings":N,"diagnostics":[{...}]} followed by '\n'. A
// diagnostic with a fix carries "fix":{"line","column","from","to"}.
// "message" and "hint" are in `language`; the shape is the same in all.
std::string FormatJson(const Diagnostics& ds, Language language);

}  // namespace disclose
