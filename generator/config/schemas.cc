// content/schemas/*.yaml: core.yaml's fields and rules, then each type's.
#include "config/schemas.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/config_reader.h"
#include "frontmatter/yaml_parse.h"

namespace disclose {

const std::map<std::string, Validity>& DefaultValidityMeanings() {
  static const auto* const kDefault =
      new std::map<std::string, Validity>{{"有效", Validity::kInForce},
                                          {"失效", Validity::kExpired},
                                          {"废止", Validity::kRepealed}};
  return *kDefault;
}

SchemaRole DefaultRole(const std::string& type) {
  return type == "assessment" ? SchemaRole::kWindowAssessment
                              : SchemaRole::kNone;
}

namespace {

using Reader = ConfigReader;

// The key of the field whose values have meanings (FieldSpec::meanings).
constexpr char kValidityKey[] = "validity";

// The words of `meanings:`, and of `role:`.
constexpr std::pair<const char*, Validity> kValidityWords[] = {
    {"in_force", Validity::kInForce},
    {"expired", Validity::kExpired},
    {"repealed", Validity::kRepealed}};
constexpr char kWindowAssessmentRole[] = "window_assessment";

// The places settings are read from, in both languages.
const Said kAField{"a field", "字段"};
const Said kMeanings{"meanings", "含义（meanings）"};
const Said kWhen{"when", "条件（when）"};
const Said kARule{"a rule", "规则"};
const Said kAColumn{"a column", "表格的列"};
const Said kTables{"tables", "表格（tables）"};
const Said kASchema{"a schema", "文档类型定义（schema）"};
const Said kCoreYaml{"core.yaml", "core.yaml"};

// Words the author may write, joined by ", " in English and "、" in Chinese.
Said OneOf(std::initializer_list<const char*> words) {
  Said out;
  for (const char* w : words) {
    if (!out.empty()) out += Said{", ", "、"};
    out = out + w;
  }
  return out;
}

std::optional<FieldKind> KindFromName(const std::string& name) {
  static const FieldKind kAll[] = {
      FieldKind::kText,       FieldKind::kLongText, FieldKind::kDate,
      FieldKind::kEnum,       FieldKind::kList,     FieldKind::kRecord,
      FieldKind::kIndexNo,    FieldKind::kDocNo,    FieldKind::kPhone,
      FieldKind::kDepartment, FieldKind::kDocument, FieldKind::kCategory,
      FieldKind::kDays,       FieldKind::kPeriod,   FieldKind::kCount,
      FieldKind::kNames,      FieldKind::kUrl};
  for (FieldKind k : kAll) {
    if (name == FieldKindName(k)) return k;
  }
  return std::nullopt;
}

std::optional<Validity> ValidityFromWord(const std::string& word) {
  for (const auto& [w, v] : kValidityWords) {
    if (word == w) return v;
  }
  return std::nullopt;
}

FieldSpec ParseFieldSpec(const YamlNode& node, Reader& r, bool needs_key);

void ReadKind(const YamlNode& node, Reader& r, FieldSpec& f) {
  std::string kind = r.Text(node, "kind", true, kAField);
  if (auto k = KindFromName(kind)) {
    f.kind = *k;
  } else if (!kind.empty()) {
    const YamlNode* n = node.Find("kind");
    r.Error(n->line, n->column,
            Said{"unknown field kind ", "未知的字段类型"} + Quote(kind),
            Said{"one of ", "改为其中之一："} +
                OneOf({"text", "long_text", "date", "enum", "list", "record",
                       "index_no", "doc_no", "phone", "department", "document",
                       "category", "days", "period", "count", "names"}));
  }
}

// Enums need their values; a document reference may accept some literal
// values instead (免费 for a fee). Then the words a text may not end with.
void ReadValuesAndWords(const YamlNode& node, Reader& r, FieldSpec& f) {
  if (f.kind == FieldKind::kEnum || f.kind == FieldKind::kDocument) {
    if (const YamlNode* values =
            r.List(node, "values", f.kind == FieldKind::kEnum)) {
      for (const auto& v : values->items) {
        if (v.is_scalar()) f.values.push_back(v.text);
      }
    }
  }
  if (const YamlNode* words = r.List(node, "catch_all", false)) {
    for (const auto& w : words->items) {
      if (w.is_scalar() && !Trim(w.text).empty()) {
        f.catch_all.push_back(Trim(w.text));
      }
    }
  }
  if (const YamlNode* words = r.List(node, "forms", false)) {
    for (const auto& w : words->items) {
      if (w.is_scalar() && !Trim(w.text).empty()) {
        f.forms.push_back(Trim(w.text));
      }
    }
    // The longest first, so that 原件和复印件 is not read as 复印件.
    std::stable_sort(f.forms.begin(), f.forms.end(),
                     [](const std::string& a, const std::string& b) {
                       return a.size() > b.size();
                     });
  }
}

// One `value: meaning` of `meanings:`.
void ReadMeaning(const YamlEntry& e, Reader& r, FieldSpec& f) {
  if (std::find(f.values.begin(), f.values.end(), e.key) == f.values.end()) {
    r.Error(e.line, e.column,
            Said{"\"meanings\" names ", "含义（meanings）中的"} + Quote(e.key) +
                Said{", which is not one of the values " + Join(f.values, ", "),
                     "不是可选值（" + Join(f.values, "、") + "）之一"});
    return;
  }
  const std::string word = e.value.is_scalar() ? Trim(e.value.text) : "";
  std::optional<Validity> v = ValidityFromWord(word);
  if (!v) {
    r.Error(e.value.line, e.value.column,
            Said{"the meaning of ", ""} + Quote(e.key) +
                Said{" must be in_force, expired or repealed, got ",
                     "的含义应为 in_force、expired 或 repealed，现为"} +
                Quote(word),
            Said{"in_force: the document applies; expired: it no longer "
                 "applies (失效); repealed: it was revoked (废止)",
                 "in_force：文件有效；expired：文件已失效；repealed：文件已"
                 "废止"});
    return;
  }
  f.meanings[e.key] = *v;
}

// `meanings:` of the validity field: what each of its values means. Without
// it, the values 有效, 失效 and 废止 keep their default meanings.
void ReadMeanings(const YamlNode& node, Reader& r, FieldSpec& f) {
  const YamlNode* m = node.Find("meanings");
  const bool is_validity = f.key == kValidityKey && f.kind == FieldKind::kEnum;
  if (m == nullptr || m->is_null()) {
    if (!is_validity) return;
    for (const auto& value : f.values) {
      auto it = DefaultValidityMeanings().find(value);
      if (it != DefaultValidityMeanings().end()) f.meanings.insert(*it);
    }
    return;
  }
  if (!is_validity) {
    r.Error(m->line, m->column,
            Said{"\"meanings\" is for the enum field validity, not for ",
                 "含义（meanings）只用于枚举字段 validity，不用于"} +
                Quote(f.key));
    return;
  }
  if (!r.ExpectMap(*m, kMeanings)) return;
  std::set<std::string> named;
  for (const auto& e : m->entries) {
    named.insert(e.key);
    ReadMeaning(e, r, f);
  }
  for (const auto& value : f.values) {
    if (named.count(value)) continue;
    r.Error(
        m->line, m->column,
        Said{"\"meanings\" gives no meaning for ", "含义（meanings）没有给出"} +
            Quote(value) + Said{"", "的含义"},
        Said{"add " + value + ": in_force, expired or repealed",
             "添加 " + value + ": in_force、expired 或 repealed"});
  }
}

// Settings that mean something only for some kinds.
void CheckSettingsFitKind(const YamlNode& node, Reader& r, const FieldSpec& f) {
  auto only_for = [&](const char* setting, bool fits, const Said& what) {
    const YamlNode* n = node.Find(setting);
    if (fits || n == nullptr) return;
    r.Error(n->line, n->column,
            Quote(setting) +
                Said{" is for " + what.en + ", not for a field of kind ",
                     ZhJoin("只用于", what.zh) + "，不用于类型为 "} +
                FieldKindName(f.kind) + Said{"", " 的字段"});
  };
  only_for("not_after", f.kind == FieldKind::kDate, {"dates", "日期字段"});
  only_for("not_more_than", f.kind == FieldKind::kDays, {"days", "天数字段"});
  only_for("catch_all",
           f.kind == FieldKind::kText || f.kind == FieldKind::kLongText,
           {"text and long_text", "text 和 long_text 字段"});
  only_for("split", f.kind == FieldKind::kList, {"lists", "列表字段"});
  only_for("show", f.kind == FieldKind::kList, {"lists", "列表字段"});
  only_for("forms", f.show == "checklist",
           {"a list shown as a checklist", "以核对清单显示的列表"});
  only_for("unique", f.kind != FieldKind::kList && f.kind != FieldKind::kRecord,
           {"fields of one value", "只有一个值的字段"});
}

// A list's `item`, a record's `fields`.
void ReadParts(const YamlNode& node, Reader& r, FieldSpec& f) {
  if (f.kind == FieldKind::kList) {
    const YamlNode* item = node.Find("item");
    if (item == nullptr) {
      r.Error(node.line, node.column,
              Said{"a list field needs \"item\" to say what each element is",
                   "列表字段缺少“item”，它说明每一项是什么"});
      f.item.push_back(FieldSpec{});
    } else {
      f.item.push_back(ParseFieldSpec(*item, r, false));
      f.item.back().label = f.label;
      if (f.split && f.item.back().kind != FieldKind::kText) {
        const YamlNode* n = node.Find("split");
        r.Error(n->line, n->column,
                Said{"\"split\" is for a list of text items, not of ",
                     "“split”只用于 text 项的列表，不用于 "} +
                    FieldKindName(f.item.back().kind) + Said{"", " 项的列表"});
      }
    }
  }
  if (f.kind == FieldKind::kRecord) {
    if (const YamlNode* list = r.List(node, "fields", true)) {
      for (const auto& sub : list->items) {
        f.fields.push_back(ParseFieldSpec(sub, r, true));
      }
    }
  }
}

FieldSpec ParseFieldSpec(const YamlNode& node, Reader& r, bool needs_key) {
  FieldSpec f;
  f.line = node.line;
  if (!r.ExpectMap(node, kAField)) return f;
  r.OnlyKeys(
      node,
      {"key", "label", "kind", "required", "max_length", "values", "meanings",
       "item", "fields", "not_after", "not_more_than", "catch_all", "unique",
       "ref_type", "example", "split", "section", "show", "forms"},
      kAField);
  f.key = r.Text(node, "key", needs_key, kAField);
  f.label = r.Text(node, "label", needs_key, kAField);
  if (f.label.empty()) f.label = f.key;
  ReadKind(node, r, f);
  f.required = r.Flag(node, "required");
  f.max_length = r.Number(node, "max_length", 0);
  f.not_after = r.Text(node, "not_after", false, kAField);
  f.not_more_than = r.Text(node, "not_more_than", false, kAField);
  f.unique = r.Flag(node, "unique");
  f.split = r.Flag(node, "split");
  f.ref_type = r.Text(node, "ref_type", false, kAField);
  f.section = r.Text(node, "section", false, kAField);
  f.show = r.Text(node, "show", false, kAField);
  if (const YamlNode* show = node.Find("show");
      show != nullptr && f.show != "checklist" && f.show != "steps") {
    r.Error(show->line, show->column,
            Said{"\"show\" is \"checklist\" or \"steps\", not ",
                 "“show”只能是“checklist”或“steps”，不能是 "} +
                Quote(f.show));
  }
  if (const YamlNode* ex = node.Find("example")) f.example = *ex;
  ReadValuesAndWords(node, r, f);
  ReadMeanings(node, r, f);
  CheckSettingsFitKind(node, r, f);
  ReadParts(node, r, f);
  return f;
}

// Fields that name other fields (not_after, not_more_than), once every
// field is known.
void CheckFieldReferences(const YamlNode& list, Reader& r,
                          const Schema& schema) {
  for (const auto& item : list.items) {
    const YamlNode* key = item.is_map() ? item.Find("key") : nullptr;
    const FieldSpec* f =
        key && key->is_scalar() ? schema.FindField(Trim(key->text)) : nullptr;
    if (f == nullptr) continue;
    auto names = [&](const char* setting, const std::string& target,
                     FieldKind kind) {
      if (target.empty()) return;
      const FieldSpec* t = schema.FindField(target);
      if (t != nullptr && t->kind == kind) return;
      const YamlNode* n = item.Find(setting);
      r.Error(n->line, n->column,
              Quote(setting) +
                  Said{std::string(" must name a field of kind ") +
                           FieldKindName(kind) + ", got ",
                       std::string("应指明一个类型为 ") + FieldKindName(kind) +
                           " 的字段，现为"} +
                  Quote(target));
    };
    names("not_after", f->not_after, FieldKind::kDate);
    names("not_more_than", f->not_more_than, FieldKind::kDays);
  }
}

// Where the field that came first is: a line of this file, or of core.yaml
// when a type's schema declares a field core.yaml declares (one of the
// first `inherited` fields).
Said FirstAt(const FieldSpec& first, const Schema& schema, size_t inherited) {
  const auto index = static_cast<size_t>(&first - schema.fields.data());
  if (index >= inherited) return FirstAtLine(first.line);
  const std::string n = std::to_string(first.line);
  return {" (first at line " + n + " of " + schema.core_path + ")",
          "（第一次出现在 " + schema.core_path + " 第 " + n + " 行）"};
}

void ParseFields(const YamlNode& root, Reader& r, Schema& schema) {
  const YamlNode* list = r.List(root, "fields", false);
  if (list == nullptr) return;
  const size_t inherited = schema.fields.size();  // core.yaml's
  for (const auto& item : list->items) {
    FieldSpec f = ParseFieldSpec(item, r, true);
    if (const FieldSpec* first =
            f.key.empty() ? nullptr : schema.FindField(f.key)) {
      r.Error(item.line, item.column,
              Said{"field ", "字段"} + Quote(f.key) +
                  Said{" is declared twice", "重复定义"} +
                  FirstAt(*first, schema, inherited));
      continue;
    }
    schema.fields.push_back(std::move(f));
  }
  CheckFieldReferences(*list, r, schema);
}

// "disjoint: [a, b, ...]": list fields that share no value.
SchemaRule ParseDisjointRule(const YamlNode& item, const YamlNode& lists,
                             Reader& r, const Schema& schema) {
  SchemaRule rule;
  rule.line = item.line;
  if (item.Find("when") || item.Find("require_one_of")) {
    r.Error(item.line, item.column,
            Said{"a rule is either \"when\" with \"require_one_of\", or "
                 "\"disjoint\"",
                 "一条规则要么是“when”加“require_one_of”，要么是“disjoint”，"
                 "不能兼有"});
  }
  if (const YamlNode* keys = r.List(item, "disjoint", true)) {
    for (const auto& k : keys->items) {
      const FieldSpec* f = schema.FindField(k.text);
      if (f == nullptr || f->kind != FieldKind::kList) {
        r.Error(k.line, k.column,
                Said{"\"disjoint\" must name list fields, got ",
                     "“disjoint”应列出列表字段，现为"} +
                    Quote(k.text));
      }
      rule.disjoint.push_back(k.text);
    }
  }
  if (lists.is_list() && rule.disjoint.size() < 2) {
    r.Error(lists.line, lists.column,
            Said{"\"disjoint\" needs at least two list fields",
                 "“disjoint”应至少列出两个列表字段"});
  }
  return rule;
}

// "when: {key, equals}" with "require_one_of: [...]".
SchemaRule ParseWhenRule(const YamlNode& item, Reader& r) {
  SchemaRule rule;
  rule.line = item.line;
  if (const YamlNode* when = item.Find("when");
      when && r.ExpectMap(*when, kWhen)) {
    rule.when_key = r.Text(*when, "key", true, kWhen);
    rule.equals = r.Text(*when, "equals", true, kWhen);
  }
  if (const YamlNode* one = r.List(item, "require_one_of", true)) {
    for (const auto& k : one->items) rule.require_one_of.push_back(k.text);
  }
  return rule;
}

void ParseRules(const YamlNode& root, Reader& r, Schema& schema) {
  const YamlNode* list = r.List(root, "rules", false);
  if (list == nullptr) return;
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, kARule)) continue;
    r.OnlyKeys(item, {"when", "require_one_of", "disjoint"}, kARule);
    const YamlNode* lists = item.Find("disjoint");
    schema.rules.push_back(lists ? ParseDisjointRule(item, *lists, r, schema)
                                 : ParseWhenRule(item, r));
  }
}

ColumnRole ParseColumnRole(const YamlNode& c, Reader& r) {
  const std::string role = r.Text(c, "role", false, kAColumn);
  if (role.empty()) return ColumnRole::kNone;
  for (ColumnRole known :
       {ColumnRole::kItem, ColumnRole::kUnit, ColumnRole::kAmount}) {
    if (role == ColumnRoleName(known)) return known;
  }
  const YamlNode* n = c.Find("role");
  r.Error(n->line, n->column,
          Said{"a column's role is item, unit or amount, got ",
               "列的作用（role）应为 item、unit 或 amount，现为"} +
              Quote(role));
  return ColumnRole::kNone;
}

std::optional<TableColumnSpec> ParseColumn(const YamlNode& c, Reader& r) {
  if (!r.ExpectMap(c, kAColumn)) return std::nullopt;
  r.OnlyKeys(c, {"label", "kind", "required", "aliases", "role"}, kAColumn);
  TableColumnSpec col;
  col.label = r.Text(c, "label", true, kAColumn);
  if (const YamlNode* aliases = r.List(c, "aliases", false)) {
    for (const auto& a : aliases->items) col.aliases.push_back(a.text);
  }
  col.role = ParseColumnRole(c, r);
  std::string kind = r.Text(c, "kind", false, kAColumn);
  col.amount = kind == "amount";
  if (!kind.empty() && kind != "amount" && kind != "text") {
    r.Error(c.line, c.column,
            Said{"a column's kind is text or amount, got ",
                 "列的类型（kind）应为 text 或 amount，现为"} +
                Quote(kind));
  }
  col.required = r.Flag(c, "required");
  if (col.role == ColumnRole::kAmount) col.amount = true;
  return col;
}

// Columns without `role:`: the amount column is kind amount, then the
// first text column names the item and the second the unit.
void DefaultColumnRoles(TableSpec& t) {
  bool has[4] = {false, false, false, false};
  for (const auto& c : t.columns) has[static_cast<int>(c.role)] = true;
  for (auto& c : t.columns) {
    if (c.role != ColumnRole::kNone) continue;
    ColumnRole want = c.amount ? ColumnRole::kAmount
                      : !has[static_cast<int>(ColumnRole::kItem)]
                          ? ColumnRole::kItem
                          : ColumnRole::kUnit;
    if (has[static_cast<int>(want)]) continue;
    c.role = want;
    has[static_cast<int>(want)] = true;
  }
}

void ParseTables(const YamlNode& root, Reader& r, Schema& schema) {
  const YamlNode* tables = root.Find("tables");
  if (tables == nullptr || !r.ExpectMap(*tables, kTables)) return;
  r.OnlyKeys(*tables, {"label", "required", "columns", "allow_unfixed"},
             kTables);
  TableSpec t;
  t.label = r.Text(*tables, "label", false, kTables);
  if (t.label.empty()) t.label = "表格";
  t.required = r.Flag(*tables, "required");
  if (tables->Find("allow_unfixed") != nullptr) {
    t.allow_unfixed = r.Flag(*tables, "allow_unfixed");
  }
  if (const YamlNode* cols = r.List(*tables, "columns", true)) {
    for (const auto& c : cols->items) {
      if (auto col = ParseColumn(c, r)) t.columns.push_back(std::move(*col));
    }
  }
  DefaultColumnRoles(t);
  schema.tables = std::move(t);
}

void ParseSchemaBody(const YamlNode& root, Reader& r, Schema& schema) {
  ParseFields(root, r, schema);
  ParseRules(root, r, schema);
  ParseTables(root, r, schema);
}

// The fields the window-assessment pages read (site/records.cc): a 考核期
// and the lists of departments of each rating.
void CheckWindowAssessmentFields(const YamlNode& root, Reader& r,
                                 const Schema& schema) {
  const YamlNode* role = root.Find("role");
  const int line = role ? role->line : 1;
  const int column = role ? role->column : 1;
  const FieldSpec* period = schema.FindField("period");
  if (period == nullptr || period->kind != FieldKind::kPeriod) {
    r.Error(line, column,
            Said{"a schema of the role window_assessment needs a field "
                 "\"period\" of kind period",
                 "作用为 window_assessment 的文档类型定义（schema）缺少类型为 "
                 "period 的字段“period”"});
  }
  for (const char* key : {"red_flag", "advanced", "bottom"}) {
    const FieldSpec* f = schema.FindField(key);
    if (f == nullptr || (f->kind == FieldKind::kList && !f->item.empty() &&
                         f->item.front().kind == FieldKind::kDepartment)) {
      continue;
    }
    r.Error(line, column,
            Said{"in a schema of the role window_assessment, ",
                 "在作用为 window_assessment 的文档类型定义（schema）中，"} +
                Quote(key) +
                Said{" must be a list of departments", "应为部门的列表"});
  }
}

// `role:`, by default that of the type's name (SchemaRole).
void ParseRole(const YamlNode& root, Reader& r, Schema& schema) {
  const std::string role = r.Text(root, "role", false, kASchema);
  if (role.empty()) {
    schema.role = DefaultRole(schema.type);
  } else if (role == kWindowAssessmentRole) {
    schema.role = SchemaRole::kWindowAssessment;
  } else {
    const YamlNode* n = root.Find("role");
    r.Error(n->line, n->column,
            Said{"unknown role ", "未知的作用（role）"} + Quote(role),
            Said{std::string("the role is ") + kWindowAssessmentRole,
                 std::string("作用只能是 ") + kWindowAssessmentRole});
  }
  if (schema.IsWindowAssessment()) CheckWindowAssessmentFields(root, r, schema);
}

Schema ParseTypeSchema(const SourceFile& file, const YamlNode& root,
                       const Schema& core, Diagnostics& diags) {
  Reader r(file.path, diags);
  r.OnlyKeys(root, {"type", "label", "role", "fields", "rules", "tables"},
             kASchema);
  Schema schema = core;
  schema.path = file.path;
  schema.core_path = core.path;
  schema.type = r.Text(root, "type", true, kASchema);
  schema.label = r.Text(root, "label", true, kASchema);
  ParseSchemaBody(root, r, schema);
  ParseRole(root, r, schema);
  return schema;
}

}  // namespace

std::map<std::string, Schema> ParseSchemas(const std::vector<SourceFile>& files,
                                           Diagnostics& diags) {
  std::map<std::string, Schema> out;
  Schema core;
  bool have_core = false;
  std::vector<std::pair<const SourceFile*, YamlNode>> types;
  for (const auto& file : files) {
    YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
    if (!parsed.ok) continue;
    Reader r(file.path, diags);
    if (!r.ExpectMap(parsed.root, kASchema)) continue;
    if (EndsWith(file.path, "/core.yaml")) {
      r.OnlyKeys(parsed.root, {"fields", "rules"}, kCoreYaml);
      core.path = file.path;
      ParseSchemaBody(parsed.root, r, core);
      have_core = true;
    } else {
      types.emplace_back(&file, std::move(parsed.root));
    }
  }
  for (auto& [file, root] : types) {
    Schema schema = ParseTypeSchema(*file, root, core, diags);
    if (schema.type.empty()) continue;
    if (auto first = out.find(schema.type); first != out.end()) {
      Reader(file->path, diags)
          .Error(1, 1,
                 Said{"type ", "文档类型"} + Quote(schema.type) +
                     Said{" is declared by two schemas (first in " +
                              first->second.path + ")",
                          "由两个文档类型定义（schema）声明（第一个是 " +
                              first->second.path + "）"});
      continue;
    }
    out.emplace(schema.type, std::move(schema));
  }
  if (!have_core && !files.empty()) {
    diags.Error(kMissingSetting, "content/schemas", 0, 0,
                Said{"content/schemas/core.yaml, the fields every disclosure "
                     "carries, is missing",
                     "缺少 content/schemas/core.yaml，即每份公开文档都有的"
                     "字段"});
  }
  return out;
}

}  // namespace disclose
