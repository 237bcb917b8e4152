#include "frontmatter/yaml_parse.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <optional>
#include <sstream>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "frontmatter/front_matter.h"

namespace disclose {

const YamlNode* YamlNode::Find(const std::string& key) const {
  for (const auto& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const char* YamlNode::KindName() const {
  switch (kind) {
    case Kind::kNull:
      return "nothing";
    case Kind::kScalar:
      return "a text";
    case Kind::kList:
      return "a list";
    case Kind::kMap:
      return "a mapping";
  }
  return "nothing";
}

Said YamlNode::KindSaid() const {
  switch (kind) {
    case Kind::kNull:
      return {"nothing", "空值"};
    case Kind::kScalar:
      return {"a text", "文字"};
    case Kind::kList:
      return {"a list", "列表"};
    case Kind::kMap:
      return {"a mapping", "映射"};
  }
  return {"nothing", "空值"};
}

namespace {

Said AliasesRefused() {
  return {"aliases (*name) are not allowed", "不允许使用别名（*name）"};
}

Said AliasesHint() { return {"write the value out in full", "把值完整写出"}; }

Said TooDeepSaid(int max_depth) {
  const std::string n = std::to_string(max_depth);
  return {"lists and mappings are nested more than " + n + " levels deep",
          "列表和映射的嵌套超过了 " + n + " 层"};
}

Said KeyNotText(const YamlNode& key) {
  return Said{"a key must be plain text, not ", "键应为纯文字，不能是"} +
         key.KindSaid();
}

// A syntax error yaml-cpp reports, as a sentence: the library's English
// reason, and in Chinese what it means where it is a common one, with the
// reason in parentheses.
Said SyntaxSaid(const std::string& reason) {
  static const struct {
    const char* reason;
    const char* zh;
  } kMeanings[] = {
      {YAML::ErrorMsg::END_OF_MAP, "映射没有正确结束，多半是缩进不齐"},
      {YAML::ErrorMsg::END_OF_SEQ, "列表没有正确结束，多半是缩进不齐"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "行内映射缺少结尾的 }"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "行内列表缺少结尾的 ]"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "引号没有闭合"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "缩进中不能用制表符，请用空格"},
      {YAML::ErrorMsg::FLOW_END, "多了一个 ] 或 }"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "这里不能开始列表项（- ）"},
      {YAML::ErrorMsg::MAP_KEY, "这里不能写键"},
      {YAML::ErrorMsg::MAP_VALUE,
       "这里不能写值，多半是文字中的 ': ' 没有加引号"},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "文字中间出现了文档分隔行"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "文字中有不允许的字符"},
      {YAML::ErrorMsg::SINGLE_QUOTED_CHAR, "单引号文字中有不允许的字符"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "块文字中出现了意外的字符"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "无法识别这里的内容"},
  };
  std::string zh = "YAML 语法有误";
  bool known = false;
  for (const auto& m : kMeanings) {
    if (reason == m.reason) {
      zh += std::string("：") + m.zh;
      known = true;
      break;
    }
  }
  if (!known && StartsWith(reason, YAML::ErrorMsg::INVALID_ESCAPE)) {
    zh += "：双引号中有无法识别的转义序列";
  } else if (!known && StartsWith(reason, YAML::ErrorMsg::INVALID_UNICODE)) {
    zh += "：双引号中的 Unicode 转义不是有效字符";
  }
  return {"YAML syntax: " + reason, zh + "（" + reason + "）"};
}

// Thrown inside the event handler to stop yaml-cpp at the first problem of
// our own; caught in ParseYaml, never escapes this file.
struct Refused {
  std::string code;
  int line;
  int column;
  Said message;
  Said hint;
};

// A control character that an escape wrote into a scalar.
struct EscapedControl {
  std::string keypath;  // of the value, or of the mapping holding the key
  bool in_key = false;
  int line = 0;
  int column = 0;
  FoundChar found;
};

// yaml-cpp 0.7 writes the escapes \N and \_ as the single bytes 0x85 and
// 0xA0 instead of UTF-8. The text itself was valid UTF-8, so every byte
// that is not valid here is one of those: it is written as UTF-8 (Latin-1
// U+0080-U+00FF), and \N becomes the control character U+0085 it means.
std::string RepairEscapes(const std::string& value) {
  if (!FindInvalidUtf8(value)) return value;
  std::string out;
  for (size_t i = 0; i < value.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(value, i, &cp);
    if (len == 0) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
    } else {
      out.append(value, i, len);
      i += len;
    }
  }
  return out;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& text, int first_line, int max_depth)
      : text_(text), first_line_(first_line), max_depth_(max_depth) {}

  YamlNode TakeRoot() { return std::move(root_); }
  bool has_root() const { return has_root_; }
  const std::vector<EscapedControl>& controls() const { return controls_; }

  // Line and column in the file of a yaml-cpp mark. Marks mostly arrive in
  // order, so the scan continues from the previous one.
  LineColumn Where(const YAML::Mark& mark) {
    size_t pos = mark.pos < 0 ? 0 : static_cast<size_t>(mark.pos);
    if (pos > text_.size()) pos = text_.size();
    if (pos < scanned_) {
      scanned_ = 0;
      line_ = 1;
      line_start_ = 0;
    }
    for (; scanned_ < pos; ++scanned_) {
      if (text_[scanned_] == '\n') {
        ++line_;
        line_start_ = scanned_ + 1;
      }
    }
    LineColumn lc;
    lc.line = line_ + first_line_ - 1;
    lc.column = static_cast<int>(CountChars(std::string_view(text_).substr(
                    line_start_, pos - line_start_))) +
                1;
    return lc;
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    CheckAnchor(mark, anchor);
    YamlNode n;
    n.kind = YamlNode::Kind::kNull;
    Place(mark, std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    LineColumn lc = Where(mark);
    throw Refused{kYamlAnchor, lc.line, lc.column, AliasesRefused(),
                  AliasesHint()};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag,
                YAML::anchor_t anchor, const std::string& value) override {
    CheckAnchor(mark, anchor);
    CheckTag(mark, tag);
    YamlNode n;
    n.kind = YamlNode::Kind::kScalar;
    n.text = RepairEscapes(value);
    CheckControls(mark, n.text);
    n.quoted = tag == "!";
    Place(mark, std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                       YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    CheckAnchor(mark, anchor);
    CheckTag(mark, tag);
    YamlNode n;
    n.kind = YamlNode::Kind::kList;
    Open(mark, std::move(n));
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag,
                  YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    CheckAnchor(mark, anchor);
    CheckTag(mark, tag);
    YamlNode n;
    n.kind = YamlNode::Kind::kMap;
    Open(mark, std::move(n));
  }
  void OnMapEnd() override { Close(); }

 private:
  struct Frame {
    YamlNode node;
    bool expecting_key = true;  // maps only
    YamlEntry pending;          // maps: key read, value pending
  };

  void CheckAnchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor == YAML::NullAnchor) return;
    LineColumn lc = Where(mark);
    throw Refused{
        kYamlAnchor,
        lc.line,
        lc.column,
        {"anchors (&name) are not allowed", "不允许使用锚点（&name）"},
        {"write every value out in full", "把每个值都完整写出"}};
  }

  void CheckTag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    LineColumn lc = Where(mark);
    // yaml-cpp expands the "!!" shorthand; show the tag as it was written.
    static const std::string kCore = "tag:yaml.org,2002:";
    const std::string written =
        StartsWith(tag, kCore) ? "!!" + tag.substr(kCore.size()) : tag;
    throw Refused{kYamlTag,
                  lc.line,
                  lc.column,
                  Said{"YAML tags such as ", "不允许使用 YAML 标签，如"} +
                      Quote(written) + Said{" are not allowed", ""},
                  {"remove the tag; every value is read as text",
                   "删除这个标签；每个值都按文字读取"}};
  }

  // Records a control character in a scalar (the text was checked before
  // parsing, so an escape wrote it), to be reported once the tree is built.
  void CheckControls(const YAML::Mark& mark, const std::string& text) {
    auto found = FindControlChar(text);
    if (!found) return;
    const LineColumn lc = Where(mark);
    const bool in_key = !stack_.empty() && stack_.back().node.is_map() &&
                        stack_.back().expecting_key;
    controls_.push_back({KeyPath(), in_key, lc.line, lc.column, *found});
  }

  // The key path of the value being read: "legal_basis[1].doc_no". While a
  // mapping waits for a key, the path of the mapping itself.
  std::string KeyPath() const {
    std::string out;
    for (const Frame& f : stack_) {
      if (f.node.is_list()) {
        out += "[" + std::to_string(f.node.items.size() + 1) + "]";
      } else if (!f.expecting_key) {
        out += (out.empty() ? "" : ".") + f.pending.key;
      }
    }
    return out;
  }

  void Open(const YAML::Mark& mark, YamlNode n) {
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      LineColumn lc = Where(mark);
      throw Refused{kTooLarge, lc.line, lc.column, TooDeepSaid(max_depth_), {}};
    }
    LineColumn lc = Where(mark);
    n.line = lc.line;
    n.column = lc.column;
    if (!stack_.empty() && stack_.back().node.is_map() &&
        stack_.back().expecting_key) {
      throw Refused{kYamlSyntax, lc.line, lc.column, KeyNotText(n), {}};
    }
    stack_.push_back(Frame{std::move(n), true, {}});
  }

  void Close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    Attach(std::move(f.node));
  }

  void Place(const YAML::Mark& mark, YamlNode n) {
    LineColumn lc = Where(mark);
    n.line = lc.line;
    n.column = lc.column;
    Attach(std::move(n));
  }

  void Attach(YamlNode n) {
    if (stack_.empty()) {
      root_ = std::move(n);
      has_root_ = true;
      return;
    }
    Frame& top = stack_.back();
    if (top.node.is_list()) {
      top.node.items.push_back(std::move(n));
      return;
    }
    if (top.expecting_key) {
      if (!n.is_scalar()) {
        throw Refused{kYamlSyntax, n.line, n.column, KeyNotText(n), {}};
      }
      for (const auto& e : top.node.entries) {
        if (e.key == n.text) {
          const std::string first = std::to_string(e.line);
          throw Refused{kDuplicateKey,
                        n.line,
                        n.column,
                        Said{"duplicate key ", "键"} + Quote(n.text) +
                            Said{" (first given on line " + first + ")",
                                 "重复（第一次出现在第 " + first + " 行）"},
                        {"keep one of the two", "两处只保留一处"}};
        }
      }
      top.pending = YamlEntry{n.text, n.line, n.column, {}};
      top.expecting_key = false;
      return;
    }
    if (n.is_null() && n.line != top.pending.line) {
      // yaml-cpp marks an empty value at the next token, possibly lines
      // later; the author wrote it on the key's line.
      n.line = top.pending.line;
      n.column = top.pending.column;
    }
    top.pending.value = std::move(n);
    top.node.entries.push_back(std::move(top.pending));
    top.pending = YamlEntry{};
    top.expecting_key = true;
  }

  const std::string& text_;
  int first_line_;
  size_t scanned_ = 0;     // Where(): text scanned so far
  int line_ = 1;           // Where(): line of text_[scanned_]
  size_t line_start_ = 0;  // Where(): offset where that line starts
  int max_depth_;
  std::vector<Frame> stack_;
  YamlNode root_;
  bool has_root_ = false;
  std::vector<EscapedControl> controls_;
};

void ReportEscapedControls(const std::vector<EscapedControl>& controls,
                           const YamlNode& root, const std::string& path,
                           const YamlFieldNamer& name_field,
                           Diagnostics& diags) {
  auto name = [&](const std::string& keypath) -> Said {
    if (keypath.empty()) {  // the whole YAML is a scalar
      return {"the value", "这个值"};
    }
    return FieldNameSaid(name_field ? name_field(root, keypath) : keypath);
  };
  for (const EscapedControl& c : controls) {
    const Said what = !c.in_key           ? name(c.keypath)
                      : c.keypath.empty() ? Said{"a key", "一个键"}
                                          : Said{"a key in ", ""} +
                                                SubjectSaid(name(c.keypath),
                                                            {"", "中的一个键"});
    const std::string index = std::to_string(c.found.index + 1);
    diags.Error(kControlChar, path, c.line, c.column,
                SubjectSaid(what, {"contains the control character ",
                                   "的第 " + index + " 个字符是控制字符 "}) +
                    DescribeCharSaid(c.found.code_point) +
                    Said{" at character " + index, ""},
                {"remove the escape that writes it, such as \\e, \\0 or "
                 "\\x1b in double quotes",
                 "删除写出它的转义序列，如双引号中的 \\e、\\0 或 \\x1b"});
  }
}

// Estimates nesting before yaml-cpp sees the text, since its parser recurses
// once per level: flow brackets outside quotes, and block indentation.
// Returns the offset where the limit is passed.
std::optional<size_t> TooDeep(const std::string& text, int max_depth) {
  int flow = 0;
  char quote = 0;
  size_t line_start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      // Block nesting: leading spaces plus "- " markers on the line.
      size_t j = line_start, dashes = 0;
      while (j < i && (text[j] == ' ' || text[j] == '-')) {
        if (text[j] == '-' && static_cast<int>(++dashes) > max_depth) return j;
        if (static_cast<int>(j - line_start) >= max_depth * 4) return j;
        ++j;
      }
      line_start = i + 1;
      if (quote == '\'') quote = 0;  // keep the estimate line-local
      continue;
    }
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (++flow > max_depth) return i;
    } else if ((c == ']' || c == '}') && flow > 0) {
      --flow;
    }
  }
  return std::nullopt;
}

// ParseYaml once the text holds no control character.
YamlParseResult ParseClean(const std::string& text, const std::string& path,
                           int first_line, Diagnostics& diags,
                           const YamlLimits& limits,
                           const YamlFieldNamer& name_field) {
  YamlParseResult result;
  if (auto deep = TooDeep(text, limits.max_depth)) {
    LineColumn lc = LocateOffset(text, *deep);
    diags.Error(kTooLarge, path, first_line + lc.line - 1, lc.column,
                TooDeepSaid(limits.max_depth));
    return result;
  }
  std::istringstream in(text);
  TreeBuilder builder(text, first_line, limits.max_depth);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      result.ok = true;  // empty: no document at all
      return result;
    }
    TreeBuilder second(text, first_line, limits.max_depth);
    if (parser.HandleNextDocument(second)) {
      // yaml-cpp does not say where the second document began; find the
      // marker line ourselves.
      int line = first_line;
      size_t pos = 0;
      int marker_line = 0;
      while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string l = text.substr(
            pos, nl == std::string::npos ? std::string::npos : nl - pos);
        if (StartsWith(l, "---") || StartsWith(l, "...")) {
          marker_line = line;
          break;
        }
        if (nl == std::string::npos) break;
        pos = nl + 1;
        ++line;
      }
      diags.Error(kSecondYamlDocument, path,
                  marker_line ? marker_line : first_line, 1,
                  {"a second YAML document is not allowed here",
                   "这里不允许出现第二个 YAML 文档"},
                  {"remove the '...' or '---' line and merge the fields",
                   "删除 '...' 或 '---' 这一行，把字段合并到一起"});
      return result;
    }
  } catch (const Refused& r) {
    diags.Error(r.code, path, r.line, r.column, r.message, r.hint);
    return result;
  } catch (const YAML::Exception& e) {
    LineColumn lc = builder.Where(e.mark);
    if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
      // Anchors are refused, so every alias refers to nothing.
      diags.Error(kYamlAnchor, path, lc.line, lc.column, AliasesRefused(),
                  AliasesHint());
      return result;
    }
    diags.Error(kYamlSyntax, path, lc.line, lc.column, SyntaxSaid(e.msg),
                {"check indentation, and quote text that contains ': ' or "
                 "starts with a special character",
                 "检查缩进；含有 ': ' 或以特殊字符开头的文字要加引号"});
    return result;
  }
  result.root = builder.TakeRoot();
  result.ok = true;
  ReportEscapedControls(builder.controls(), result.root, path, name_field,
                        diags);
  return result;
}

}  // namespace

YamlParseResult ParseYaml(const std::string& text, const std::string& path,
                          int first_line, Diagnostics& diags,
                          const YamlLimits& limits,
                          const YamlFieldNamer& name_field) {
  if (text.size() > limits.max_bytes) {
    const std::string size = std::to_string(text.size());
    const std::string limit = std::to_string(limits.max_bytes);
    diags.Error(
        kTooLarge, path, first_line, 1,
        {"the YAML block is " + size + " bytes, more than the limit of " +
             limit,
         "YAML 内容有 " + size + " 字节，超过了 " + limit + " 字节的上限"});
    return {};
  }
  if (!FindControlChar(text)) {
    return ParseClean(text, path, first_line, diags, limits, name_field);
  }
  // yaml-cpp misreads some (a NUL ends a scalar early): each is reported
  // where it is written and the rest is read without it.
  std::string clean = text;
  ReportControlChars(clean, first_line, path, diags);
  return ParseClean(clean, path, first_line, diags, limits, name_field);
}

YamlParseResult ParseYamlFile(const std::string& path, const std::string& raw,
                              Diagnostics& diags) {
  const std::string text = NormalizeSource(raw);
  if (!CheckEncoding(path, text, diags)) return {};
  return ParseYaml(text, path, 1, diags);
}

}  // namespace disclose
