#include "fix/fix.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/text.h"

namespace disclose {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

// What ends a line of text: '\n', or '\r' in a file with carriage returns
// only (NormalizeSource reads it so).
char LineBreakOf(const std::string& text) {
  return text.find('\n') == std::string::npos &&
                 text.find('\r') != std::string::npos
             ? '\r'
             : '\n';
}

// The byte offset of each line's first byte.
std::vector<size_t> LineStarts(const std::string& text) {
  const char line_break = LineBreakOf(text);
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == line_break) starts.push_back(i + 1);
  }
  return starts;
}

// The end of the line that starts at `start`: before its line break (and
// the '\r' of a CRLF), or the end of the text.
size_t LineEnd(const std::string& text, size_t start) {
  size_t end = text.find(LineBreakOf(text), start);
  if (end == std::string::npos) return text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return end;
}

// The byte offset of 1-based character `column` on the line [start, end);
// columns are counted as the YAML reader counts them, without a byte
// order mark.
size_t ColumnOffset(const std::string& text, size_t start, size_t end,
                    int column) {
  size_t at = start;
  if (start == 0 && StartsWith(text, kBom)) at = 3;
  for (int c = 1; c < column && at < end; ++c) {
    char32_t cp = 0;
    const size_t len = DecodeUtf8(text, at, &cp);
    at += len == 0 ? 1 : len;
  }
  return std::min(at, end);
}

auto Order(const Fix& f) { return std::tie(f.line, f.column, f.from, f.to); }

// The field's label: the fix's own, or the start of the message before
// " (key)" (messages begin with 文号 (doc_no)).
std::string LabelOf(const Diagnostic& d) {
  if (!d.fix->label.empty()) return d.fix->label;
  const size_t paren = d.message.en.find(" (");
  return paren == std::string::npos ? d.code : d.message.en.substr(0, paren);
}

}  // namespace

std::string FormatFixOutcome(const FixOutcome& o) {
  std::string out = o.path + ":" + std::to_string(o.line) + ": " + o.label +
                    " \"" + o.from + "\"";
  if (o.applied) return out + " → \"" + o.to + "\"\n";
  return out + " left as it is: " + o.note + "\n";
}

std::string ApplyFixesToText(const std::string& path, const std::string& text,
                             const std::vector<Fix>& fixes,
                             std::vector<FixOutcome>* outcomes) {
  std::vector<Fix> sorted = fixes;
  std::sort(sorted.begin(), sorted.end(),
            [](const Fix& a, const Fix& b) { return Order(a) > Order(b); });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const Fix& a, const Fix& b) {
                             return Order(a) == Order(b);
                           }),
               sorted.end());
  const std::vector<size_t> starts = LineStarts(text);
  std::string out = text;
  std::vector<FixOutcome> done;
  for (const Fix& f : sorted) {
    FixOutcome o{path, f.line, f.label, f.from, f.to, false, ""};
    if (f.line < 1 || static_cast<size_t>(f.line) > starts.size()) {
      o.note = "the file has no line " + std::to_string(f.line);
    } else if (f.from.empty()) {
      o.note = "nothing to replace";
    } else {
      const size_t start = starts[static_cast<size_t>(f.line - 1)];
      const size_t end = LineEnd(out, start);
      const size_t at =
          out.find(f.from, ColumnOffset(out, start, end, f.column));
      if (at == std::string::npos || at + f.from.size() > end) {
        o.note = "it is no longer on that line";
      } else {
        out.replace(at, f.from.size(), f.to);
        o.applied = true;
      }
    }
    done.push_back(std::move(o));
  }
  outcomes->insert(outcomes->end(), done.rbegin(), done.rend());
  return out;
}

StatusOr<std::vector<FixOutcome>> ApplyFixes(FileSystem& fs,
                                             const std::string& site_root,
                                             const Diagnostics& diags) {
  std::map<std::string, std::vector<Fix>> by_path;
  for (const Diagnostic& d : diags.items()) {
    if (!d.fix) continue;
    Fix f = *d.fix;
    f.label = LabelOf(d);
    by_path[d.path].push_back(std::move(f));
  }
  std::vector<FixOutcome> outcomes;
  for (const auto& [path, fixes] : by_path) {
    const std::string file = JoinPath(site_root, path);
    auto text = fs.ReadFile(file);
    if (!text.ok()) return text.status();
    const std::string fixed = ApplyFixesToText(path, *text, fixes, &outcomes);
    if (fixed == *text) continue;
    // A temporary file next to it, then one atomic swap: the file is
    // either as it was or fixed, never half written.
    const size_t slash = file.rfind('/');
    const std::string dir =
        slash == std::string::npos ? "" : file.substr(0, slash + 1);
    const std::string temp =
        dir + "." + file.substr(dir.size()) + ".disclose-fix";
    Status s = fs.WriteFile(temp, fixed, true);
    if (!s.ok()) return s;
    auto swapped = fs.Exchange(temp, file);
    if (!swapped.ok()) {
      (void)fs.RemoveAll(temp);
      return swapped.status();
    }
    // Without an exchange, a rename over the file is atomic on POSIX.
    s = *swapped ? fs.RemoveAll(temp) : fs.Rename(temp, file);
    if (!s.ok()) return s;
  }
  return outcomes;
}

}  // namespace disclose
