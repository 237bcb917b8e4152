// Validation of one document against its schema.
#include <algorithm>
#include <map>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/org_code.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_parse.h"
#include "validate/characters.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"
#include "validate/validate.h"

namespace disclose {

namespace {

// A hint for a date that is almost right: 2005-1-5, 2005/01/05, 2005年1月5日.
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

class DocumentChecker {
 public:
  // root: the front matter, for hints that need other fields.
  DocumentChecker(const std::string& path, const Config& config,
                  const YamlNode& root, Diagnostics& diags, Document& doc)
      : path_(path), config_(config), root_(root), diags_(diags), doc_(doc) {}

  // The field's name in messages: "标题 (title)".
  static std::string Name(const FieldSpec& spec, const std::string& keypath) {
    return spec.label + " (" + keypath + ")";
  }

  void Missing(const FieldSpec& spec, const std::string& keypath, int line,
               int column) {
    std::string example;
    if (spec.example.is_scalar()) example = spec.example.text;
    diags_.Error(kMissingField, path_, line, column,
                 Name(spec, keypath) + " is required but missing",
                 example.empty()
                     ? "add the field " + keypath
                     : "add a line such as: " + spec.key + ": " + example);
  }

  // Returns the validated value, or a null Value when the value is missing
  // or wrong (the problem is reported).
  Value Check(const FieldSpec& spec, const YamlNode& node,
              const std::string& keypath) {
    const int line = node.line, col = node.column;
    const std::string name = Name(spec, keypath);
    if (ReportPlaceholder(spec, node, name, path_, diags_)) return Value();
    if (node.is_null() || (node.is_scalar() && Trim(node.text).empty())) {
      if (spec.required) Missing(spec, keypath, line, col);
      return Value();
    }
    switch (spec.kind) {
      case FieldKind::kList: return CheckList(spec, node, keypath);
      case FieldKind::kRecord: return CheckRecord(spec, node, keypath);
      default: break;
    }
    if (!node.is_scalar()) {
      diags_.Error(kWrongShape, path_, line, col,
                   name + " must be " + ScalarWhat(spec) + ", got " +
                       node.KindName(),
                   node.is_list() ? "write one value after the colon, not a "
                                    "list"
                                  : "write one value after the colon");
      return Value();
    }
    const std::string text = Trim(node.text);
    if (spec.kind != FieldKind::kLongText &&
        text.find('\n') != std::string::npos) {
      diags_.Error(kTooLong, path_, line, col, name + " must be one line",
                   "join the lines into one");
      return Value();
    }
    switch (spec.kind) {
      case FieldKind::kText:
      case FieldKind::kLongText:
        if (spec.max_length > 0 &&
            CountChars(text) > static_cast<size_t>(spec.max_length)) {
          diags_.Error(kTooLong, path_, line, col,
                       name + " is " + std::to_string(CountChars(text)) +
                           " characters long; at most " +
                           std::to_string(spec.max_length) + " are allowed",
                       "shorten it");
          return Value();
        }
        if (std::string word = FindCatchAll(text, spec.catch_all);
            !word.empty()) {
          diags_.Error(kCatchAll, path_, line, col,
                       name +
                           (word == text ? " is only \"" + word + "\""
                                         : " \"" + text +
                                               "\" ends with the catch-all \"" +
                                               word + "\"") +
                           ": a " + TypeLabel() + " must say what it means",
                       "list each of them as an item of its own, or cite the "
                       "article of law that requires it");
          return Value();
        }
        return Value(text);
      case FieldKind::kDate:
        if (!Date::Parse(text)) {
          diags_.Error(kBadDate, path_, line, col,
                       name + " must be a real date YYYY-MM-DD, got \"" + text +
                           "\"",
                       DateHint(text));
          return Value();
        }
        return Value(text);
      case FieldKind::kEnum:
        if (std::find(spec.values.begin(), spec.values.end(), text) ==
            spec.values.end()) {
          diags_.Error(kNotAllowedValue, path_, line, col,
                       name + " must be one of " + Join(spec.values, ", ") +
                           ", got \"" + text + "\"");
          return Value();
        }
        return Value(text);
      case FieldKind::kDocNo:
        if (auto err = CheckDocNo(text)) {
          diags_.Error(kBadDocNo, path_, line, col, name + " " + err->message,
                       err->hint);
          return Value();
        }
        return Value(text);
      case FieldKind::kPhone:
        if (auto err = CheckPhone(text)) {
          diags_.Error(kBadPhone, path_, line, col, name + " " + err->message,
                       err->hint);
          return Value();
        }
        return Value(text);
      case FieldKind::kIndexNo: {
        IndexNoMatch m = MatchIndexNo(config_.site.index_no_layout, text);
        if (m.error) {
          diags_.Error(kBadIndexNo, path_, line, col, name + " " + m.error->message,
                       "for example " + ExampleIndexNo());
          return Value();
        }
        return Value(text);
      }
      case FieldKind::kDepartment:
        if (config_.FindDepartment(text) == nullptr) {
          diags_.Error(kUnknownDepartment, path_, line, col,
                       name + " \"" + text +
                           "\" is not a department in content/departments.yaml",
                       SuggestDepartment(text));
          return Value();
        }
        return Value(text);
      case FieldKind::kCategory:
        if (config_.site.FindCategory(text) == nullptr) {
          std::vector<std::string> names;
          for (const auto& c : config_.site.categories) names.push_back(c.name);
          diags_.Error(kUnknownCategory, path_, line, col,
                       name + " \"" + text +
                           "\" is not one of the site's categories",
                       "one of " + Join(names, ", "));
          return Value();
        }
        return Value(text);
      case FieldKind::kDocument:
        if (std::find(spec.values.begin(), spec.values.end(), text) !=
            spec.values.end()) {
          return Value(text);  // a literal such as 免费, not a reference
        }
        doc_.refs.push_back(DocumentRef{spec.label, keypath, text,
                                        spec.ref_type, line, col,
                                        spec.values});
        return Value(text);
      case FieldKind::kPeriod:
        if (auto err = CheckPeriod(text)) {
          diags_.Error(kBadPeriod, path_, line, col, name + " " + err->message,
                       err->hint);
          return Value();
        }
        return Value(text);
      case FieldKind::kDays:
        if (text.size() > 3 || text.find_first_not_of("0123456789") !=
                                   std::string::npos ||
            std::stoi(text) == 0) {
          diags_.Error(kBadDays, path_, line, col,
                       name + " must be a whole number of working days, got \"" +
                           text + "\"");
          return Value();
        }
        return Value(text);
      case FieldKind::kList:
      case FieldKind::kRecord:
        break;
    }
    return Value();
  }

  Value CheckList(const FieldSpec& spec, const YamlNode& node,
                  const std::string& keypath) {
    if (!node.is_list()) {
      diags_.Error(kWrongShape, path_, node.line, node.column,
                   Name(spec, keypath) + " must be a list, got " +
                       node.KindName(),
                   "write each element on its own line after \"- \"");
      return Value();
    }
    Value out = Value::List();
    const FieldSpec& item = spec.item.front();
    for (size_t i = 0; i < node.items.size(); ++i) {
      const YamlNode& n = node.items[i];
      FieldSpec item_spec = item;
      item_spec.required = true;
      if (item_spec.label.empty()) item_spec.label = spec.label;
      Value v = Check(item_spec, n, keypath + "[" + std::to_string(i + 1) + "]");
      if (!v.is_null()) out.Push(std::move(v));
    }
    if (node.items.empty()) {
      if (spec.required) Missing(spec, keypath, node.line, node.column);
      return Value();
    }
    return out;
  }

  Value CheckRecord(const FieldSpec& spec, const YamlNode& node,
                    const std::string& keypath) {
    if (!node.is_map()) {
      diags_.Error(kWrongShape, path_, node.line, node.column,
                   Name(spec, keypath) + " must be a mapping of " +
                       FieldList(spec.fields) + ", got " + node.KindName());
      return Value();
    }
    Value out = Value::Map();
    for (const auto& e : node.entries) {
      const FieldSpec* sub = nullptr;
      for (const auto& f : spec.fields) {
        if (f.key == e.key) sub = &f;
      }
      if (sub == nullptr) {
        diags_.Error(kUnknownField, path_, e.line, e.column,
                     "unknown field \"" + e.key + "\" in " +
                         Name(spec, keypath),
                     "its fields are " + FieldList(spec.fields));
      }
    }
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

  // An index_no in the site's layout for this document's department and
  // date, as far as the front matter gives them.
  std::string ExampleIndexNo() const {
    std::string org = config_.departments.empty()
                          ? "00817365-1"
                          : config_.departments.front().org_code;
    const YamlNode* dept = root_.Find("department");
    if (dept && dept->is_scalar()) {
      if (const Department* d = config_.FindDepartment(Trim(dept->text))) {
        org = d->org_code;
      }
    }
    Date date{2005, 1, 1};
    const YamlNode* published = root_.Find("published");
    if (published && published->is_scalar()) {
      if (auto d = Date::Parse(Trim(published->text))) date = *d;
    }
    return FormatIndexNo(config_.site.index_no_layout, org, date, 1);
  }

  std::string SuggestDepartment(const std::string& text) const {
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

 private:
  static std::string ScalarWhat(const FieldSpec& spec) {
    switch (spec.kind) {
      case FieldKind::kDate: return "a date";
      case FieldKind::kDays: return "a number";
      case FieldKind::kPeriod: return "a month";
      default: return "text";
    }
  }
  static std::string FieldList(const std::vector<FieldSpec>& fields) {
    std::vector<std::string> keys;
    for (const auto& f : fields) keys.push_back(f.key);
    return Join(keys, ", ");
  }

  // The document type's label, e.g. 办事指南.
  std::string TypeLabel() const {
    auto it = config_.schemas.find(doc_.type);
    return it == config_.schemas.end() ? doc_.type : it->second.label;
  }

  const std::string& path_;
  const Config& config_;
  const YamlNode& root_;
  Diagnostics& diags_;
  Document& doc_;
};

// content/<section>/<year>/<slug>.md
bool CheckPath(const std::string& path, const Config& config, Document& doc,
               std::string* year_dir, Diagnostics& diags) {
  std::vector<std::string> parts = Split(path, '/');
  std::vector<std::string> sections;
  for (const auto& s : config.site.sections) sections.push_back(s.id);
  if (parts.size() != 4 || parts[0] != "content") {
    diags.Error(kBadPath, path, 0, 0,
                "a document must be at content/<section>/<year>/<name>.md",
                "for example content/" +
                    (sections.empty() ? std::string("news") : sections[0]) +
                    "/2005/work-plan.md");
    return false;
  }
  doc.section = parts[1];
  *year_dir = parts[2];
  doc.slug = parts[3].substr(0, parts[3].size() - 3);
  if (config.site.FindSection(doc.section) == nullptr) {
    diags.Error(kBadPath, path, 0, 0,
                "\"" + doc.section + "\" is not a section in site.yaml",
                "move the file into one of: " + Join(sections, ", "));
    return false;
  }
  if (year_dir->size() != 4 ||
      year_dir->find_first_not_of("0123456789") != std::string::npos) {
    diags.Error(kBadPath, path, 0, 0,
                "the folder \"" + *year_dir + "\" must be a year such as 2005");
    return false;
  }
  if (!IsSlug(doc.slug)) {
    diags.Error(kBadPath, path, 0, 0,
                "the file name \"" + parts[3] +
                    "\" may hold only a-z, 0-9 and '-' (it becomes the "
                    "page's address)",
                "for example outpatient-fees.md");
    return false;
  }
  doc.url = "/" + doc.section + "/" + *year_dir + "/" + doc.slug + "/";
  return true;
}

// A `disjoint` rule: no value is in two of the lists (nor twice in one).
// The later occurrence in the file is reported.
void CheckDisjoint(const SchemaRule& rule, const Schema& schema,
                   const YamlNode& root, const std::string& path,
                   Diagnostics& diags) {
  struct Item {
    const YamlNode* node;
    std::string keypath;
    std::string label;
  };
  std::vector<Item> items;
  std::vector<std::string> names;
  for (const auto& key : rule.disjoint) {
    const FieldSpec* spec = schema.FindField(key);
    const std::string label = spec ? spec->label : key;
    names.push_back(label + " (" + key + ")");
    const YamlNode* list = root.Find(key);
    if (list == nullptr || !list->is_list()) continue;
    for (size_t i = 0; i < list->items.size(); ++i) {
      const YamlNode& n = list->items[i];
      if (!n.is_scalar() || Trim(n.text).empty()) continue;
      items.push_back({&n, key + "[" + std::to_string(i + 1) + "]", label});
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) {
                     return std::pair(a.node->line, a.node->column) <
                            std::pair(b.node->line, b.node->column);
                   });
  std::map<std::string, const Item*> first;
  for (const auto& item : items) {
    const std::string value = Trim(item.node->text);
    auto [it, inserted] = first.emplace(value, &item);
    if (inserted) continue;
    const Item& earlier = *it->second;
    diags.Error(kNotDisjoint, path, item.node->line, item.node->column,
                item.label + " (" + item.keypath + ") \"" + value +
                    "\" is already in " + earlier.label + " (" +
                    earlier.keypath + ") on line " +
                    std::to_string(earlier.node->line),
                "each may appear only once in " + Join(names, ", ") +
                    "; remove one of them");
  }
}

const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth",
                                 "sixth", "seventh", "eighth", "ninth", "tenth"};

std::string TableName(size_t index, const std::string& label) {
  (void)label;
  if (index < 10) return std::string("the ") + kOrdinals[index] + " fee table";
  return "fee table " + std::to_string(index + 1);
}

}  // namespace

std::vector<FeeTable> ValidateFeeTables(const std::vector<MarkdownTable>& tables,
                                        const TableSpec& spec,
                                        const std::string& path, int body_line,
                                        Diagnostics& diags) {
  std::vector<FeeTable> out;
  std::vector<std::string> required;
  for (const auto& c : spec.columns) {
    if (c.required) required.push_back(c.label);
  }
  if (tables.empty() && spec.required) {
    diags.Error(kNoFeeTable, path, body_line, 1,
                "the body has no " + spec.label + " (a table with the columns " +
                    Join(required, ", ") + ")",
                "add a Markdown table: | " + Join(required, " | ") + " |");
    return out;
  }
  std::string unit_label = "计费单位";
  for (const auto& c : spec.columns) {
    if (!c.amount && c.label != spec.columns.front().label) unit_label = c.label;
  }
  for (size_t t = 0; t < tables.size(); ++t) {
    const MarkdownTable& table = tables[t];
    FeeTable fee;
    fee.line = table.line;
    fee.caption = table.caption;
    for (const auto& h : table.header) fee.columns.push_back(h.text);
    // Column index of each spec column, or -1.
    std::vector<int> where;
    bool complete = true;
    for (const auto& c : spec.columns) {
      auto it = std::find(fee.columns.begin(), fee.columns.end(), c.label);
      where.push_back(it == fee.columns.end()
                          ? -1
                          : static_cast<int>(it - fee.columns.begin()));
      if (it == fee.columns.end() && c.required) {
        complete = false;
        diags.Error(kMissingColumn, path, table.line, 1,
                    TableName(t, spec.label) + " has no column " + c.label,
                    "a " + spec.label + " needs the columns " +
                        Join(required, ", ") + "; found " +
                        Join(fee.columns, ", "));
      }
    }
    if (table.rows.empty()) {
      diags.Error(kTableWithoutRows, path, table.line, 1,
                  TableName(t, spec.label) + " has no rows",
                  "add a row for every fee charged: | " +
                      Join(required, " | ") + " |");
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& cells = table.rows[r];
      FeeRow row;
      row.line = cells.empty() ? table.line : cells.front().line;
      for (const auto& c : cells) row.cells.push_back(c.text);
      const std::string where_text = " (row " + std::to_string(r + 1) + " of " +
                                     TableName(t, spec.label) + ")";
      bool row_ok = complete;
      for (size_t s = 0; s < spec.columns.size() && complete; ++s) {
        const auto& col = spec.columns[s];
        if (where[s] < 0) continue;
        const size_t ci = static_cast<size_t>(where[s]);
        const MarkdownCell empty{"", row.line, 1};
        const MarkdownCell& cell = ci < cells.size() ? cells[ci] : empty;
        if (StartsWith(cell.text, kPlaceholderMarker)) {
          row_ok = false;
          diags.Error(kPlaceholder, path, cell.line, cell.column,
                      col.label + " is still a placeholder: replace \"" +
                          cell.text + "\" with the real value" + where_text);
        } else if (col.amount) {
          AmountResult a = ParseAmount(cell.text, col.label, unit_label);
          if (a.error) {
            row_ok = false;
            diags.Error(a.code, path, cell.line, cell.column,
                        a.error->message + where_text, a.error->hint);
          } else {
            row.amount = *a.amount;
            row.amount_text = cell.text;
          }
        } else if (col.required && cell.text.empty()) {
          row_ok = false;
          diags.Error(kEmptyCell, path, cell.line, cell.column,
                      col.label + " is empty" + where_text);
        } else if (s == 0) {
          row.item = cell.text;
        } else {
          row.unit = cell.text;
        }
      }
      if (row_ok) fee.rows.push_back(std::move(row));
    }
    out.push_back(std::move(fee));
  }
  return out;
}

std::optional<Document> ValidateDocument(const SourceFile& file,
                                         const Config& config,
                                         const ValidateOptions& opts,
                                         Diagnostics& diags) {
  const std::string& path = file.path;
  if (file.text.size() > opts.max_file_bytes) {
    diags.Error(kTooLarge, path, 0, 0,
                "the file is " + std::to_string(file.text.size()) +
                    " bytes, more than the limit of " +
                    std::to_string(opts.max_file_bytes));
    return std::nullopt;
  }
  const std::string text = NormalizeSource(file.text);
  if (auto bad = FindInvalidUtf8(text)) {
    LineColumn lc = LocateOffset(text, *bad);
    diags.Error(kInvalidUtf8, path, lc.line, lc.column,
                "the file is not valid UTF-8 text at this point",
                "save the file as UTF-8");
    return std::nullopt;
  }
  Document doc;
  doc.source_path = path;
  std::string year_dir;
  const bool path_ok = CheckPath(path, config, doc, &year_dir, diags);

  FrontMatterSplit split = SplitFrontMatter(text, path, diags);
  if (!split.ok) return std::nullopt;
  YamlParseResult yaml =
      ParseYaml(split.yaml, path, split.yaml_line, diags, YamlLimits(),
                [&config](const YamlNode& root, const std::string& keypath) {
                  return FrontMatterFieldName(config, root, keypath);
                });
  if (!yaml.ok) return std::nullopt;
  const YamlNode& root = yaml.root;
  if (!root.is_map()) {
    diags.Error(kWrongShape, path, split.yaml_line, 1,
                "the front matter must be fields written as \"key: value\", "
                "got " + std::string(root.KindName()));
    return std::nullopt;
  }
  const YamlNode* type = root.Find("type");
  if (type == nullptr || !type->is_scalar() || Trim(type->text).empty()) {
    std::vector<std::string> types;
    for (const auto& [name, s] : config.schemas) types.push_back(name);
    diags.Error(kMissingField, path, type ? type->line : 1, type ? type->column : 1,
                "类型 (type) is required but missing",
                "add a line type: <one of " + Join(types, ", ") + ">");
    return std::nullopt;
  }
  doc.type = Trim(type->text);
  auto schema_it = config.schemas.find(doc.type);
  if (schema_it == config.schemas.end()) {
    std::vector<std::string> types;
    for (const auto& [name, s] : config.schemas) types.push_back(name);
    diags.Error(kUnknownType, path, type->line, type->column,
                "类型 (type) \"" + doc.type + "\" has no schema in "
                "content/schemas",
                "one of " + Join(types, ", "));
    return std::nullopt;
  }
  const Schema& schema = schema_it->second;

  DocumentChecker checker(path, config, root, diags, doc);
  doc.fields = Value::Map();
  doc.field_lines["type"] = type->line;
  for (const auto& e : root.entries) {
    if (e.key == "type") continue;
    doc.field_lines[e.key] = e.value.line;
    doc.field_columns[e.key] = e.value.column;
    if (schema.FindField(e.key) != nullptr) continue;
    std::string hint = "the fields of a " + doc.type + " are listed in " +
                       schema.core_path + " and " + schema.path;
    for (const auto& f : schema.fields) {
      if (EditDistance(f.key, e.key) <= 2) {
        hint = "did you mean \"" + f.key + "\"?";
        break;
      }
    }
    diags.Error(kUnknownField, path, e.line, e.column,
                "unknown field \"" + e.key + "\" for a " + doc.type, hint);
  }
  for (const auto& spec : schema.fields) {
    const YamlNode* node = root.Find(spec.key);
    if (node == nullptr) {
      if (spec.required) checker.Missing(spec, spec.key, 1, 1);
      continue;
    }
    Value v = checker.Check(spec, *node, spec.key);
    if (!v.is_null()) doc.fields.Set(spec.key, std::move(v));
  }
  WarnInvisibleChars(config, root, path, diags);

  // Typed core fields.
  auto text_of = [&](const char* key) -> std::string {
    const Value* v = doc.fields.Find(key);
    return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
  };
  FillCoreFields(doc);

  // Rules from the schema.
  for (const auto& rule : schema.rules) {
    if (!rule.disjoint.empty()) {
      CheckDisjoint(rule, schema, root, path, diags);
      continue;
    }
    if (text_of(rule.when_key.c_str()) != rule.equals) continue;
    bool any = false;
    std::vector<std::string> names;
    for (const auto& k : rule.require_one_of) {
      any = any || doc.fields.Find(k) != nullptr;
      const FieldSpec* f = schema.FindField(k);
      names.push_back(f ? f->label + " (" + k + ")" : k);
    }
    if (!any) {
      const FieldSpec* when = schema.FindField(rule.when_key);
      diags.Error(kSchemaRule, path, doc.FieldLine(rule.when_key),
                  doc.FieldColumn(rule.when_key),
                  (when ? when->label + " (" + rule.when_key + ")"
                        : rule.when_key) +
                      " \"" + rule.equals +
                      "\" needs " + Join(names, " or "),
                  "add " + Join(rule.require_one_of, " or "));
    }
  }
  for (const auto& spec : schema.fields) {
    if (spec.kind != FieldKind::kDate || spec.not_after.empty()) continue;
    auto a = Date::Parse(text_of(spec.key.c_str()));
    auto b = Date::Parse(text_of(spec.not_after.c_str()));
    const FieldSpec* other = schema.FindField(spec.not_after);
    if (a && b && *a > *b) {
      diags.Error(kDateOrder, path, doc.FieldLine(spec.key),
                  doc.FieldColumn(spec.key),
                  spec.label + " (" + spec.key + ") " + a->ToString() +
                      " is after " + (other ? other->label : spec.not_after) +
                      " (" + spec.not_after + ") " + b->ToString(),
                  "a document cannot be written after it was published");
    }
  }

  for (const auto& spec : schema.fields) {
    if (spec.kind != FieldKind::kDays || spec.not_more_than.empty()) continue;
    const Value* a = doc.fields.Find(spec.key);
    const Value* b = doc.fields.Find(spec.not_more_than);
    if (a == nullptr || b == nullptr) continue;
    const FieldSpec* other = schema.FindField(spec.not_more_than);
    const std::string other_label = other ? other->label : spec.not_more_than;
    if (std::stoi(a->as_string()) > std::stoi(b->as_string())) {
      diags.Error(kDaysOverLimit, path, doc.FieldLine(spec.key),
                  doc.FieldColumn(spec.key),
                  spec.label + " (" + spec.key + ") " + a->as_string() +
                      " is more than " + other_label + " (" +
                      spec.not_more_than + ") " + b->as_string(),
                  "write at most " + b->as_string() + ": " + spec.label +
                      " cannot exceed " + other_label);
    }
  }

  // 索引号 against its department and date.
  if (!doc.index_no.empty()) {
    IndexNoMatch m = MatchIndexNo(config.site.index_no_layout, doc.index_no);
    const Department* dept = config.FindDepartment(doc.department);
    const int line = doc.FieldLine("index_no");
    const int column = doc.FieldColumn("index_no");
    if (m.parts && dept != nullptr && !m.parts->org.empty() &&
        CompactOrgCode(m.parts->org) != CompactOrgCode(dept->org_code)) {
      diags.Error(kIndexNoOrgCode, path, line, column,
                  "索引号 (index_no) \"" + doc.index_no +
                      "\" does not start with the organisation code of " +
                      dept->name + " (" + dept->org_code + ")",
                  "write " + FormatIndexNo(config.site.index_no_layout,
                                           dept->org_code, doc.published,
                                           m.parts->serial.empty()
                                               ? 1
                                               : std::stoi(m.parts->serial)));
    }
    if (m.parts && m.parts->year && doc.published.year &&
        m.parts->year != doc.published.year) {
      diags.Error(kIndexNoYear, path, line, column,
                  "索引号 (index_no) \"" + doc.index_no + "\" has the year " +
                      std::to_string(m.parts->year) + ", but 发布日期 (published) is " +
                      doc.published.ToString(),
                  "the year in 索引号 is the year of publication");
    }
  }
  if (path_ok && doc.published.year &&
      year_dir != std::to_string(doc.published.year)) {
    diags.Error(kWrongYearFolder, path, doc.FieldLine("published"),
                doc.FieldColumn("published"),
                "the file is in the folder " + year_dir +
                    "/, but 发布日期 (published) is " + doc.published.ToString(),
                "move it to content/" + doc.section + "/" +
                    std::to_string(doc.published.year) + "/");
  }
  if (opts.today && doc.published.year && doc.published > *opts.today) {
    diags.Warning(kFutureDate, path, doc.FieldLine("published"),
                  doc.FieldColumn("published"),
                  "发布日期 (published) " + doc.published.ToString() +
                      " is in the future",
                  "the document will be shown as published on that day");
  }

  // The body.
  ReportControlChars(split.body, split.body_line, path, diags);
  doc.body_markdown = split.body;
  doc.body_line = split.body_line;
  MarkdownResult md = RenderMarkdown(split.body, split.body_line);
  doc.body_html = std::move(md.html);
  doc.body_text = std::move(md.plain_text);
  if (schema.tables) {
    doc.fee_tables = ValidateFeeTables(md.tables, *schema.tables, path,
                                       split.body_line, diags);
  }
  return doc;
}

}  // namespace disclose
