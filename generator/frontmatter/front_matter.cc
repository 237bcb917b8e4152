#include "frontmatter/front_matter.h"

#include "base/text.h"

namespace disclose {

std::string NormalizeSource(std::string text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

namespace {
bool IsMarker(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---";
}
}  // namespace

FrontMatterSplit SplitFrontMatter(const std::string& text,
                                  const std::string& path,
                                  Diagnostics& diags) {
  FrontMatterSplit out;
  size_t first_end = text.find('\n');
  std::string_view first =
      std::string_view(text).substr(0, first_end == std::string::npos
                                           ? text.size()
                                           : first_end);
  if (!IsMarker(first)) {
    diags.Error("D100", path, 1, 1,
                "the file must start with front matter: a line '---', the "
                "fields, and another line '---'",
                "run 'disclose new' to get a file with every field in place");
    return out;
  }
  if (first_end == std::string::npos) first_end = text.size();
  size_t pos = first_end + 1;
  int line = 2;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl;
    if (IsMarker(std::string_view(text).substr(pos, end - pos))) {
      out.ok = true;
      out.yaml = text.substr(first_end + 1, pos - first_end - 1);
      out.yaml_line = 2;
      out.body = nl == std::string::npos ? "" : text.substr(nl + 1);
      out.body_line = line + 1;
      return out;
    }
    if (nl == std::string::npos) break;
    pos = nl + 1;
    ++line;
  }
  diags.Error("D100", path, 1, 1,
              "the front matter that starts here is never closed",
              "add a line '---' after the last field");
  return out;
}

}  // namespace disclose
