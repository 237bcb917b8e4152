#include "validate/fields.h"

#include <algorithm>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"

namespace disclose {

namespace {

// What a scalar of the kind is, for "must be ..., got a list".
std::string ScalarWhat(const FieldSpec& spec) {
  switch (spec.kind) {
    case FieldKind::kDate:
      return "a date";
    case FieldKind::kDays:
      return "a number";
    case FieldKind::kPeriod:
      return "a month";
    default:
      return "text";
  }
}

std::string FieldList(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> keys;
  keys.reserve(fields.size());
  for (const auto& f : fields) keys.push_back(f.key);
  return Join(keys, ", ");
}

bool IsEmpty(const YamlNode& node) {
  return node.is_null() || (node.is_scalar() && Trim(node.text).empty());
}

}  // namespace

std::string DateHint(const std::string& text) {
  std::string t = AsciiDigits(text);
  std::vector<int> nums;
  std::string cur;
  for (char c : t + " ") {
    if (c >= '0' && c <= '9') {
      cur += c;
    } else if (!cur.empty()) {
      if (cur.size() > 4) return "";
      nums.push_back(std::stoi(cur));
      cur.clear();
    }
  }
  if (nums.size() != 3) return "write the date as YYYY-MM-DD";
  Date d{nums[0], nums[1], nums[2]};
  auto ok = Date::Parse(d.ToString());
  if (!ok) return "there is no such day in the calendar";
  return "write " + d.ToString();
}

std::string FieldChecker::Name(const FieldSpec& spec,
                               const std::string& keypath) {
  return spec.label + " (" + keypath + ")";
}

void FieldChecker::Missing(const FieldSpec& spec, const std::string& keypath,
                           int line, int column) {
  std::string example;
  if (spec.example.is_scalar()) example = spec.example.text;
  diags_.Error(kMissingField, doc_.source_path, line, column,
               Name(spec, keypath) + " is required but missing",
               example.empty()
                   ? "add the field " + keypath
                   : "add a line such as: " + spec.key + ": " + example);
}

void FieldChecker::Error(const char* code, const At& at, std::string message,
                         std::string hint) {
  diags_.Error(code, doc_.source_path, at.line, at.column, std::move(message),
               std::move(hint));
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
  if (spec.kind == FieldKind::kNames) return CheckNames(spec, node, keypath);
  std::optional<std::string> text = ScalarText(at, node);
  if (!text || !CheckScalar(at, *text)) return Value();
  return Value(*text);
}

std::optional<std::string> FieldChecker::ScalarText(const At& at,
                                                    const YamlNode& node) {
  if (!node.is_scalar()) {
    Error(kWrongShape, at,
          at.name + " must be " + ScalarWhat(at.spec) + ", got " +
              node.KindName(),
          node.is_list() ? "write one value after the colon, not a list"
                         : "write one value after the colon");
    return std::nullopt;
  }
  std::string text = Trim(node.text);
  if (at.spec.kind != FieldKind::kLongText &&
      text.find('\n') != std::string::npos) {
    Error(kTooLong, at, at.name + " must be one line",
          "join the lines into one");
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
    Error(kTooLong, at,
          at.name + " is " + std::to_string(CountChars(text)) +
              " characters long; at most " + std::to_string(spec.max_length) +
              " are allowed",
          "shorten it");
    return false;
  }
  const std::string word = FindCatchAll(text, spec.catch_all);
  if (word.empty()) return true;
  Error(kCatchAll, at,
        at.name +
            (word == text ? " is only \"" + word + "\""
                          : " \"" + text + "\" ends with the catch-all \"" +
                                word + "\"") +
            ": a " + TypeLabel() + " must say what it means",
        "list each of them as an item of its own, or cite the article of law "
        "that requires it");
  return false;
}

bool FieldChecker::CheckDate(const At& at, const std::string& text) {
  if (Date::Parse(text)) return true;
  Error(kBadDate, at,
        at.name + " must be a real date YYYY-MM-DD, got \"" + text + "\"",
        DateHint(text));
  return false;
}

bool FieldChecker::CheckEnum(const At& at, const std::string& text) {
  const std::vector<std::string>& values = at.spec.values;
  if (std::find(values.begin(), values.end(), text) != values.end()) {
    return true;
  }
  Error(kNotAllowedValue, at,
        at.name + " must be one of " + Join(values, ", ") + ", got \"" + text +
            "\"");
  return false;
}

bool FieldChecker::CheckDocNoField(const At& at, const std::string& text) {
  auto err = CheckDocNo(text);
  if (!err) return true;
  Error(kBadDocNo, at, at.name + " " + err->message, err->hint);
  return false;
}

bool FieldChecker::CheckPhoneField(const At& at, const std::string& text) {
  auto err = CheckPhone(text);
  if (!err) return true;
  Error(kBadPhone, at, at.name + " " + err->message, err->hint);
  return false;
}

bool FieldChecker::CheckIndexNoField(const At& at, const std::string& text) {
  const YamlNode* node = root_.Find("department");
  const Department* dept = node && node->is_scalar()
                               ? config_.FindDepartment(Trim(node->text))
                               : nullptr;
  IndexNoMatch m =
      MatchIndexNo(config_.IndexNoLayoutsFor(dept ? dept->id : ""), text);
  if (!m.error) return true;
  std::string message = m.error->message;
  if (dept != nullptr && !dept->index_no_layouts.empty()) {
    message += " and for " + dept->id + " in departments.yaml";
  }
  Error(kBadIndexNo, at, at.name + " " + message,
        "for example " + ExampleIndexNo());
  return false;
}

bool FieldChecker::CheckDepartment(const At& at, const std::string& text) {
  if (config_.FindDepartment(text) != nullptr) return true;
  Error(kUnknownDepartment, at,
        at.name + " \"" + text +
            "\" is not a department in content/departments.yaml",
        SuggestDepartment(text));
  return false;
}

bool FieldChecker::CheckCategory(const At& at, const std::string& text) {
  if (config_.site.FindCategory(text) != nullptr) return true;
  std::vector<std::string> names;
  for (const auto& c : config_.site.categories) names.push_back(c.name);
  Error(kUnknownCategory, at,
        at.name + " \"" + text + "\" is not one of the site's categories",
        "one of " + Join(names, ", "));
  return false;
}

bool FieldChecker::CheckPeriodField(const At& at, const std::string& text) {
  auto err = CheckPeriod(text);
  if (!err) return true;
  Error(kBadPeriod, at, at.name + " " + err->message, err->hint);
  return false;
}

bool FieldChecker::CheckDays(const At& at, const std::string& text) {
  if (text.size() <= 3 &&
      text.find_first_not_of("0123456789") == std::string::npos &&
      std::stoi(text) != 0) {
    return true;
  }
  Error(kBadDays, at,
        at.name + " must be a whole number of working days, got \"" + text +
            "\"");
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
  if (!node.is_list()) {
    diags_.Error(
        kWrongShape, doc_.source_path, node.line, node.column,
        Name(spec, keypath) + " must be a list, got " + node.KindName(),
        "write each element on its own line after \"- \"");
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

Value FieldChecker::CheckRecord(const FieldSpec& spec, const YamlNode& node,
                                const std::string& keypath) {
  if (!node.is_map()) {
    diags_.Error(kWrongShape, doc_.source_path, node.line, node.column,
                 Name(spec, keypath) + " must be a mapping of " +
                     FieldList(spec.fields) + ", got " + node.KindName());
    return Value();
  }
  for (const auto& e : node.entries) {
    const bool known =
        std::any_of(spec.fields.begin(), spec.fields.end(),
                    [&](const FieldSpec& f) { return f.key == e.key; });
    if (known) continue;
    diags_.Error(kUnknownField, doc_.source_path, e.line, e.column,
                 "unknown field \"" + e.key + "\" in " + Name(spec, keypath),
                 "its fields are " + FieldList(spec.fields));
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

std::string FieldChecker::ExampleIndexNo() const {
  std::string org = config_.departments.empty()
                        ? "00817365-1"
                        : config_.departments.front().org_code;
  std::string layout = config_.site.index_no_layout;
  const YamlNode* dept = root_.Find("department");
  if (dept && dept->is_scalar()) {
    if (const Department* d = config_.FindDepartment(Trim(dept->text))) {
      org = d->org_code;
      layout = config_.IndexNoLayoutsFor(d->id).front();
    }
  }
  Date date{2005, 1, 1};
  const YamlNode* published = root_.Find("published");
  if (published && published->is_scalar()) {
    if (auto d = Date::Parse(Trim(published->text))) date = *d;
  }
  return FormatIndexNo(layout, org, date, 1);
}

std::string FieldChecker::SuggestDepartment(const std::string& text) const {
  for (const auto& d : config_.departments) {
    if (d.name == text || d.full_name == text) {
      return "write its id: " + d.id;
    }
  }
  for (const auto& d : config_.departments) {
    if (EditDistance(d.id, text) <= 2) return "did you mean " + d.id + "?";
  }
  return "add it to content/departments.yaml, or use one of its ids";
}

std::string FieldChecker::TypeLabel() const {
  auto it = config_.schemas.find(doc_.type);
  return it == config_.schemas.end() ? doc_.type : it->second.label;
}

}  // namespace disclose
