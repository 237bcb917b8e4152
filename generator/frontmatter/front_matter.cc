#include "frontmatter/front_matter.h"

#include <algorithm>

#include "base/diagnostic_codes.h"
#include "base/text.h"

namespace disclose {

std::string NormalizeSource(std::string text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);
  if (text.find('\r') == std::string::npos) return text;
  if (text.find('\n') == std::string::npos) {  // carriage returns only
    std::replace(text.begin(), text.end(), '\r', '\n');
    return text;
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r' || i + 1 == text.size() || text[i + 1] != '\n') {
      out += text[i];
    }
  }
  return out;
}

namespace {

Said EncodingSaid(ForeignEncoding encoding) {
  switch (encoding) {
    case ForeignEncoding::kUtf16Le:
      return {"UTF-16 (little-endian)", "UTF-16（小端）"};
    case ForeignEncoding::kUtf16Be:
      return {"UTF-16 (big-endian)", "UTF-16（大端）"};
    case ForeignEncoding::kUtf32Le:
      return {"UTF-32 (little-endian)", "UTF-32（小端）"};
    case ForeignEncoding::kUtf32Be:
      return {"UTF-32 (big-endian)", "UTF-32（大端）"};
    case ForeignEncoding::kGb18030:
      break;
  }
  return {"GB18030 (GBK)", "GB18030（GBK）"};
}

}  // namespace

bool CheckEncoding(const std::string& path, const std::string& text,
                   Diagnostics& diags) {
  const std::optional<size_t> bad = FindInvalidUtf8(text);
  const std::optional<ForeignEncoding> encoding =
      GuessForeignEncoding(text, bad);
  if (encoding) {
    LineColumn at{1, 1};
    if (*encoding == ForeignEncoding::kGb18030) at = LocateOffset(text, *bad);
    diags.Error(kForeignEncoding, path, at.line, at.column,
                Said{"the file is saved in ", "文件的编码是 "} +
                    EncodingSaid(*encoding) +
                    Said{", not UTF-8", "，不是 UTF-8"},
                {"save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)",
                 "另存为 UTF-8 编码（记事本：另存为，编码选 UTF-8）"});
    return false;
  }
  if (!bad) return true;
  const LineColumn at = LocateOffset(text, *bad);
  diags.Error(kInvalidUtf8, path, at.line, at.column,
              {"the file is not valid UTF-8 text at this point",
               "文件在此处不是有效的 UTF-8 文本"},
              {"save the file as UTF-8", "将文件另存为 UTF-8 编码"});
  return false;
}

int ReportControlChars(std::string& text, int first_line,
                       const std::string& path, Diagnostics& diags) {
  static const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  int count = 0, line = first_line, reported_line = 0;
  size_t line_start = 0, from = 0;
  while (auto found = FindControlChar(std::string_view(text).substr(from))) {
    const size_t at = from + found->offset;
    for (size_t i = from; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    if (line != reported_line) {
      const int column =
          static_cast<int>(CountChars(
              std::string_view(text).substr(line_start, at - line_start))) +
          1;
      diags.Error(kControlChar, path, line, column,
                  Said{"the file holds the control character ",
                       "文件在此处有控制字符 "} +
                      DescribeCharSaid(found->code_point) +
                      Said{" at this point", ""},
                  {"remove it: it cannot be seen in most editors",
                   "删除这个字符：多数编辑器中看不见它"});
      reported_line = line;
    }
    char32_t cp;
    const size_t len = std::max<size_t>(DecodeUtf8(text, at, &cp), 1);
    out.append(text, from, at - from);
    out += kReplacement;
    from = at + len;
    ++count;
  }
  if (count > 0) {
    out.append(text, from, std::string::npos);
    text = std::move(out);
  }
  return count;
}

Said FieldNameSaid(const std::string& name) {
  const size_t open = name.rfind(" (");
  if (open == std::string::npos || open == 0 || name.back() != ')') {
    return {name, name};
  }
  return {name, name.substr(0, open) + "（" +
                    name.substr(open + 2, name.size() - open - 3) + "）"};
}

Said SubjectSaid(const Said& name, const Said& rest) {
  Said out = name;
  if (!rest.en.empty()) out.en += " " + rest.en;
  const unsigned char last =
      out.zh.empty() ? 0 : static_cast<unsigned char>(out.zh.back());
  if (last != 0 && last < 0x80 && last != ' ') out.zh += ' ';
  out.zh += rest.zh;
  return out;
}

void WarnIfInvisible(const YamlNode& scalar, const Said& name,
                     const std::string& path, Diagnostics& diags) {
  if (!scalar.is_scalar()) return;
  auto found = FindInvisibleChar(scalar.text);
  if (!found) return;
  const std::string index = std::to_string(found->index + 1);
  diags.Warning(
      kInvisibleChar, path, scalar.line, scalar.column,
      SubjectSaid(name, {"contains the invisible character ",
                         "的第 " + index + " 个字符是不可见字符 "}) +
          DescribeCharSaid(found->code_point) +
          Said{" at character " + index, ""},
      {"remove it: it cannot be seen, but changes how the text around it is "
       "shown",
       "删除这个字符：它看不见，却会改变周围文字的显示方式"});
}

void WarnIfInvisible(const YamlNode& scalar, const std::string& name,
                     const std::string& path, Diagnostics& diags) {
  WarnIfInvisible(scalar, FieldNameSaid(name), path, diags);
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
                                  const std::string& path, Diagnostics& diags) {
  FrontMatterSplit out;
  size_t first_end = text.find('\n');
  std::string_view first = std::string_view(text).substr(
      0, first_end == std::string::npos ? text.size() : first_end);
  if (!IsMarker(first)) {
    diags.Error(kNoFrontMatter, path, 1, 1,
                {"the file must start with front matter: a line '---', the "
                 "fields, and another line '---'",
                 "文件应以前置元数据（front matter）开头：一行 '---'，"
                 "然后是各字段，再一行 '---'"},
                {"run 'disclose new' to get a file with every field in place",
                 "运行 'disclose new' 生成一个各字段齐全的文件"});
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
  diags.Error(kNoFrontMatter, path, 1, 1,
              {"the front matter that starts here is never closed",
               "从这里开始的前置元数据（front matter）没有结束的 '---' 行"},
              {"add a line '---' after the last field",
               "在最后一个字段之后添加一行 '---'"});
  return out;
}

}  // namespace disclose
