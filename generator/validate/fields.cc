#include "validate/fields.h"

#include <algorithm>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "model/time_limit.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"

namespace disclose {

namespace {

// What a scalar of the kind is, for "must be ..., got a list".
Said ScalarWhat(const FieldSpec& spec) {
  switch (spec.kind) {
    case FieldKind::kDate:
      return {"a date", "日期"};
    case FieldKind::kDays:
      return {"a time limit", "时限"};
    case FieldKind::kCount:
      return {"a number", "数字"};
    case FieldKind::kPeriod:
      return {"a month", "月份"};
    case FieldKind::kUrl:
      return {"a web address", "网址"};
    default:
      return {"text", "文字"};
  }
}

Said FieldList(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> keys;
  keys.reserve(fields.size());
  for (const auto& f : fields) keys.push_back(f.key);
  return JoinSaid(keys);
}

bool IsEmpty(const YamlNode& node) {
  return node.is_null() || (node.is_scalar() && Trim(node.text).empty());
}

// The items of a list written as one text (主题词: 政务公开、窗口 服务),
// split on ASCII and ideographic spaces, 、，,；; and line breaks.
std::vector<std::string> SplitItems(const std::string& text) {
  static const char* const kSeparators[] = {" ",  "\t", "\n", "\u3000", "、",
                                            "，", ",",  "；", ";"};
  std::vector<std::string> items;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    for (const char* sep : kSeparators) {
      if (text.compare(i, std::char_traits<char>::length(sep), sep) == 0) {
        len = std::char_traits<char>::length(sep);
        break;
      }
    }
    if (len == 0) {
      cur += text[i++];
      continue;
    }
    if (!cur.empty()) items.push_back(cur);
    cur.clear();
    i += len;
  }
  if (!cur.empty()) items.push_back(cur);
  return items;
}

// An item as YAML reads it back inside a flow list: plain when it can be,
// else in double quotes.
std::string FlowItem(const std::string& item) {
  const bool plain =
      item.find_first_of(":[]{}#&*!|>'\"%@`\\") == std::string::npos &&
      item.find_first_of("-?~") != 0 && item != "null";
  if (plain) return item;
  std::string out = "\"";
  for (char c : item) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

Said JoinSaid(const std::vector<std::string>& items) {
  return {Join(items, ", "), Join(items, "、")};
}

Said DateHint(const std::string& text) {
  std::string t = AsciiDigits(text);
  // A time after the date (2005-01-10 09:30, 2005-01-10T09:30:00) is left
  // out: a date field holds the day only.
  const size_t time_at = t.find_first_of(" T", 8);
  if (time_at != std::string::npos &&
      t.find(':', time_at) != std::string::npos) {
    t.resize(time_at);
  }
  std::vector<int> nums;
  std::string cur;
  for (char c : t + " ") {
    if (c >= '0' && c <= '9') {
      cur += c;
    } else if (!cur.empty()) {
      if (cur.size() > 4) return {};
      nums.push_back(std::stoi(cur));
      cur.clear();
    }
  }
  if (nums.size() != 3) {
    return {"write the date as YYYY-MM-DD", "日期写作 YYYY-MM-DD"};
  }
  Date d{nums[0], nums[1], nums[2]};
  auto ok = Date::Parse(d.ToString());
  if (!ok) return {"there is no such day in the calendar", "日历上没有这一天"};
  return {"write " + d.ToString(), "改为 " + d.ToString()};
}

Said FieldChecker::Name(const FieldSpec& spec, const std::string& keypath) {
  return {spec.label + " (" + keypath + ")",
          spec.label + "（" + keypath + "）"};
}

void FieldChecker::Missing(const FieldSpec& spec, const std::string& keypath,
                           int line, int column) {
  std::string example;
  if (spec.example.is_scalar()) example = spec.example.text;
  diags_.Error(kMissingField, doc_.source_path, line, column,
               Name(spec, keypath) +
                   Said{" is required but missing", "是必填字段，但缺少"},
               example.empty()
                   ? Said{"add the field " + keypath, "添加字段 " + keypath}
                   : Said{"add a line such as: ", "添加一行，例如："} +
                         spec.key + ": " + example);
}

void FieldChecker::Error(const char* code, const At& at, Said message,
                         Said hint) {
  diags_.Error(code, doc_.source_path, at.line, at.column, std::move(message),
               std::move(hint));
}

void FieldChecker::WarnWithFix(const char* code, const At& at, Said message,
                               Said hint, std::string from, std::string to) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.code = code;
  d.path = doc_.source_path;
  d.line = at.line;
  d.column = at.column;
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.fix =
      Fix{at.line, at.column, std::move(from), std::move(to), at.spec.label};
  diags_.Add(std::move(d));
}

Value FieldChecker::Check(const FieldSpec& spec, const YamlNode& node,
                          const std::string& keypath) {
  const At at{spec, keypath, Name(spec, keypath), node.line, node.column};
  if (ReportPlaceholder(spec, node, at.name, doc_.source_path, diags_)) {
    return Value();
  }
  if (IsEmpty(node)) {
    if (spec.required) Missing(spec, keypath, node.line, node.column);
    return Value();
  }
  if (spec.kind == FieldKind::kList) return CheckList(spec, node, keypath);
  if (spec.kind == FieldKind::kRecord) return CheckRecord(spec, node, keypath);
  if (spec.kind == FieldKind::kPhone && node.is_list()) {
    return CheckPhoneList(spec, node, keypath);
  }
  if (spec.kind == FieldKind::kNames) return CheckNames(spec, node, keypath);
  std::optional<std::string> text = ScalarText(at, node);
  // A control character was reported (D109) where the YAML was read; the
  // value is not checked further, so that one message says what to do.
  if (!text || FindControlChar(*text) || !CheckScalar(at, *text)) {
    return Value();
  }
  if (spec.kind == FieldKind::kDate) {
    return Value(Date::ParseWritten(*text)->ToString());  // always ISO
  }
  return Value(*text);
}

std::optional<std::string> FieldChecker::ScalarText(const At& at,
                                                    const YamlNode& node) {
  if (!node.is_scalar()) {
    Error(kWrongShape, at,
          at.name + Said{" must be ", "应为"} + ScalarWhat(at.spec) +
              Said{", got ", "，现为"} + node.KindSaid(),
          node.is_list()
              ? Said{"write one value after the colon, not a list",
                     "在冒号后写一个值，不要写成列表"}
              : Said{"write one value after the colon", "在冒号后写一个值"});
    return std::nullopt;
  }
  std::string text = Trim(node.text);
  if (at.spec.kind != FieldKind::kLongText &&
      text.find('\n') != std::string::npos) {
    Error(kTooLong, at, at.name + Said{" must be one line", "应为一行"},
          Said{"join the lines into one", "把这几行合成一行"});
    return std::nullopt;
  }
  return text;
}

bool FieldChecker::CheckScalar(const At& at, const std::string& text) {
  switch (at.spec.kind) {
    case FieldKind::kText:
    case FieldKind::kLongText:
      return CheckText(at, text);
    case FieldKind::kDate:
      return CheckDate(at, text);
    case FieldKind::kEnum:
      return CheckEnum(at, text);
    case FieldKind::kDocNo:
      return CheckDocNoField(at, text);
    case FieldKind::kPhone:
      return CheckPhoneField(at, text);
    case FieldKind::kIndexNo:
      return CheckIndexNoField(at, text);
    case FieldKind::kDepartment:
      return CheckDepartment(at, text);
    case FieldKind::kCategory:
      return CheckCategory(at, text);
    case FieldKind::kPeriod:
      return CheckPeriodField(at, text);
    case FieldKind::kDays:
      return CheckDays(at, text);
    case FieldKind::kCount:
      return CheckCount(at, text);
    case FieldKind::kUrl:
      return CheckUrlField(at, text);
    case FieldKind::kDocument:
      AddReference(at, text);
      return true;
    case FieldKind::kList:
    case FieldKind::kRecord:
    case FieldKind::kNames:
      break;  // not scalars: Check handles them
  }
  return false;
}

bool FieldChecker::CheckText(const At& at, const std::string& text) {
  const FieldSpec& spec = at.spec;
  if (spec.max_length > 0 &&
      CountChars(text) > static_cast<size_t>(spec.max_length)) {
    const std::string count = std::to_string(CountChars(text));
    const std::string most = std::to_string(spec.max_length);
    Error(kTooLong, at,
          at.name + Said{" is " + count + " characters long; at most " + most +
                             " are allowed",
                         "有 " + count + " 个字，最多允许 " + most + " 个"},
          Said{"shorten it", "删减这段文字"});
    return false;
  }
  const std::string word = FindCatchAll(text, spec.catch_all);
  if (word.empty()) return true;
  const Said what = word == text
                        ? Said{" is only ", "只写了"} + QuoteValue(word)
                        : Said{" ", ""} + QuoteValue(text) +
                              Said{" ends with the catch-all ", "以兜底词"} +
                              QuoteValue(word) + Said{"", "结尾"};
  Error(kCatchAll, at,
        at.name + what +
            Said{": a " + TypeLabel() + " must say what it means",
                 "：" + TypeLabel() + "应写明具体内容"},
        Said{"list each of them as an item of its own, or cite the article "
             "of law that requires it",
             "把每一项单独列出，或引用规定它的法律条文"});
  return false;
}

bool FieldChecker::CheckDate(const At& at, const std::string& text) {
  if (Date::Parse(text)) return true;
  if (auto date = Date::ParseWritten(text)) {
    if (config_.site.dates == DateStyle::kIso) {
      const std::string iso = date->ToString();
      WarnWithFix(
          kDateNotIso, at,
          at.name + Said{" ", ""} + QuoteValue(text) +
              Said{" is not written YYYY-MM-DD, as the site writes dates",
                   "没有按网站的日期写法写作 YYYY-MM-DD"},
          Said{"write " + iso + " (or set dates: as_written in site.yaml)",
               "改为 " + iso + "（或在 site.yaml 中设置 dates: as_written）"},
          text, iso);
    }
    return true;
  }
  Error(kBadDate, at,
        at.name +
            Said{" must be a real date YYYY-MM-DD or YYYY年M月D日, got ",
                 "应为真实存在的日期，写作 YYYY-MM-DD 或 YYYY年M月D日，现为"} +
            QuoteValue(text),
        DateHint(text));
  return false;
}

bool FieldChecker::CheckEnum(const At& at, const std::string& text) {
  const std::vector<std::string>& values = at.spec.values;
  if (std::find(values.begin(), values.end(), text) != values.end()) {
    return true;
  }
  Error(kNotAllowedValue, at,
        at.name + Said{" must be one of ", "应为以下之一："} +
            JoinSaid(values) + Said{", got ", "，现为"} + QuoteValue(text));
  return false;
}

void FieldChecker::AddReference(const At& at, const std::string& text) {
  const FieldSpec& spec = at.spec;
  if (std::find(spec.values.begin(), spec.values.end(), text) !=
      spec.values.end()) {
    return;  // a literal such as 免费, not a reference
  }
  doc_.refs.push_back(DocumentRef{spec.label, at.keypath, text, spec.ref_type,
                                  at.line, at.column, spec.values});
}

Value FieldChecker::CheckList(const FieldSpec& spec, const YamlNode& node,
                              const std::string& keypath) {
  if (spec.split && node.is_scalar()) {
    return CheckList(spec, SplitListText(spec, node, keypath), keypath);
  }
  if (!node.is_list()) {
    diags_.Error(kWrongShape, doc_.source_path, node.line, node.column,
                 Name(spec, keypath) +
                     Said{" must be a list, got ", "应为列表，现为"} +
                     node.KindSaid(),
                 Said{"write each element on its own line after \"- \"",
                      "每个元素单独一行，写在“- ”之后"});
    return Value();
  }
  Value out = Value::List();
  FieldSpec item_spec = spec.item.front();
  item_spec.required = true;
  if (item_spec.label.empty()) item_spec.label = spec.label;
  for (size_t i = 0; i < node.items.size(); ++i) {
    Value v = Check(item_spec, node.items[i],
                    keypath + "[" + std::to_string(i + 1) + "]");
    if (!v.is_null()) out.Push(std::move(v));
  }
  if (node.items.empty()) {
    if (spec.required) Missing(spec, keypath, node.line, node.column);
    return Value();
  }
  return out;
}

Value FieldChecker::CheckPhoneList(const FieldSpec& spec, const YamlNode& node,
                                   const std::string& keypath) {
  FieldSpec item_spec = spec;
  item_spec.required = true;
  Value out = Value::List();
  for (size_t i = 0; i < node.items.size(); ++i) {
    Value v = Check(item_spec, node.items[i],
                    keypath + "[" + std::to_string(i + 1) + "]");
    if (!v.is_null()) out.Push(std::move(v));
  }
  if (node.items.empty()) {
    if (spec.required) Missing(spec, keypath, node.line, node.column);
    return Value();
  }
  return out.list().size() == node.items.size() ? out : Value();
}

Value FieldChecker::CheckRecord(const FieldSpec& spec, const YamlNode& node,
                                const std::string& keypath) {
  if (!node.is_map()) {
    diags_.Error(kWrongShape, doc_.source_path, node.line, node.column,
                 Name(spec, keypath) +
                     Said{" must be a mapping of ", "应为包含 "} +
                     FieldList(spec.fields) + Said{", got ", " 的映射，现为"} +
                     node.KindSaid());
    return Value();
  }
  for (const auto& e : node.entries) {
    const bool known =
        std::any_of(spec.fields.begin(), spec.fields.end(),
                    [&](const FieldSpec& f) { return f.key == e.key; });
    if (known) continue;
    diags_.Error(
        kUnknownField, doc_.source_path, e.line, e.column,
        Said{"unknown field " + QuoteValue(e.key).en + " in ", ""} +
            Name(spec, keypath) +
            Said{"", "中有未知字段" + QuoteValue(e.key).zh},
        Said{"its fields are ", "它的字段有 "} + FieldList(spec.fields));
  }
  Value out = Value::Map();
  for (const auto& f : spec.fields) {
    const YamlNode* v = node.Find(f.key);
    if (v == nullptr) {
      if (f.required) Missing(f, keypath + "." + f.key, node.line, node.column);
      continue;
    }
    Value checked = Check(f, *v, keypath + "." + f.key);
    if (!checked.is_null()) out.Set(f.key, std::move(checked));
  }
  return out;
}

YamlNode FieldChecker::SplitListText(const FieldSpec& spec,
                                     const YamlNode& node,
                                     const std::string& keypath) {
  YamlNode list;
  list.kind = YamlNode::Kind::kList;
  list.line = node.line;
  list.column = node.column;
  std::vector<std::string> flow;
  for (const std::string& item : SplitItems(node.text)) {
    YamlNode n;
    n.kind = YamlNode::Kind::kScalar;
    n.text = item;
    n.line = node.line;
    n.column = node.column;
    list.items.push_back(std::move(n));
    flow.push_back(FlowItem(item));
  }
  const std::string text = Trim(node.text);
  const At at{spec, keypath, Name(spec, keypath), node.line, node.column};
  const std::string to = "[" + Join(flow, ", ") + "]";
  const std::string count = std::to_string(flow.size());
  WarnWithFix(kListAsText, at,
              at.name + Said{" is one text ", "写成了一段文字"} +
                  QuoteValue(text) +
                  Said{"; it is read as the " + count + " items of a list",
                       "，按列表的 " + count + " 项读取"},
              Said{"write it as a list: ", "改为列表："} + to,
              node.quoted ? "\"" + text + "\"" : text, to);
  return list;
}

std::string FieldChecker::TypeLabel() const {
  auto it = config_.schemas.find(doc_.type);
  return it == config_.schemas.end() ? doc_.type : it->second.label;
}

}  // namespace disclose
