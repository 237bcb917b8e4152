#include "base/diagnostic.h"

#include <algorithm>
#include <ostream>
#include <tuple>

#include "base/text.h"
#include "base/value.h"

namespace disclose {

void Diagnostics::Error(std::string code, std::string path, int line,
                        int column, Said message, Said hint) {
  Add({Severity::kError, std::move(code), std::move(path), line, column,
       std::move(message), std::move(hint)});
}

void Diagnostics::Warning(std::string code, std::string path, int line,
                          int column, Said message, Said hint) {
  Add({Severity::kWarning, std::move(code), std::move(path), line, column,
       std::move(message), std::move(hint)});
}

void Diagnostics::Append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

int Diagnostics::ErrorCount() const {
  return static_cast<int>(std::count_if(
      items_.begin(), items_.end(),
      [](const Diagnostic& d) { return d.severity == Severity::kError; }));
}

int Diagnostics::WarningCount() const {
  return static_cast<int>(items_.size()) - ErrorCount();
}

namespace {
auto Key(const Diagnostic& d) {
  return std::tie(d.path, d.line, d.column, d.code, d.message, d.hint);
}
}  // namespace

void Diagnostics::Sort() {
  std::stable_sort(
      items_.begin(), items_.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return Key(a) < Key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                             return Key(a) == Key(b) &&
                                    a.severity == b.severity;
                           }),
               items_.end());
}

std::string FormatText(const Diagnostic& d, Language language) {
  std::string out = d.path;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += d.severity == Severity::kError ? ": error[" : ": warning[";
  out += d.code + "]: " + d.message.In(language) + "\n";
  if (!d.hint.empty()) {
    out += language == Language::kEn ? "  hint: " : "  提示：";
    out += d.hint.In(language) + "\n";
  }
  return out;
}

std::string FormatText(const Diagnostics& ds, Language language) {
  std::string out;
  for (const auto& d : ds.items()) out += FormatText(d, language);
  return out;
}

std::string FormatTerminal(const Diagnostic& d, Language language) {
  Diagnostic safe = d;
  safe.code = TerminalSafe(d.code);
  safe.path = TerminalSafe(d.path);
  safe.message = {TerminalSafe(d.message.en), TerminalSafe(d.message.zh)};
  safe.hint = {TerminalSafe(d.hint.en), TerminalSafe(d.hint.zh)};
  return FormatText(safe, language);
}

std::string FormatTerminal(const Diagnostics& ds, Language language) {
  std::string out;
  for (const auto& d : ds.items()) out += FormatTerminal(d, language);
  return out;
}

std::string FormatJson(const Diagnostics& ds, Language language) {
  Value root = Value::Map();
  root.Set("errors", Value::Number(ds.ErrorCount()));
  root.Set("warnings", Value::Number(ds.WarningCount()));
  Value& list = root.Set("diagnostics", Value::List());
  for (const auto& d : ds.items()) {
    Value& item = list.Push(Value::Map());
    item.Set("severity", d.severity == Severity::kError ? "error" : "warning");
    item.Set("code", d.code);
    item.Set("path", d.path);
    item.Set("line", Value::Number(d.line));
    item.Set("column", Value::Number(d.column));
    item.Set("message", d.message.In(language));
    if (!d.hint.empty()) item.Set("hint", d.hint.In(language));
    if (d.fix) {
      Value& fix = item.Set("fix", Value::Map());
      fix.Set("line", Value::Number(d.fix->line));
      fix.Set("column", Value::Number(d.fix->column));
      fix.Set("from", d.fix->from);
      fix.Set("to", d.fix->to);
    }
  }
  return root.ToJson() + "\n";
}

Language LanguageOf(std::string_view site_language) {
  const bool english =
      site_language == "en" ||
      (site_language.size() > 3 && site_language.substr(0, 3) == "en-");
  return english ? Language::kEn : Language::kZh;
}

void PrintTo(const Said& said, std::ostream* os) {
  *os << "{en: \"" << said.en << "\", zh: \"" << said.zh << "\"}";
}

Said Quote(const std::string& value) {
  return {"\"" + value + "\"", "“" + value + "”"};
}

}  // namespace disclose
