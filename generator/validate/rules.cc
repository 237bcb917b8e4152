// Rules between the fields of one document.
#include <algorithm>
#include <map>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/org_code.h"
#include "model/time_limit.h"
#include "validate/document_steps.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

// The validated text of a top-level field, or "".
std::string FieldText(const Document& doc, const std::string& key) {
  const Value* v = doc.fields.Find(key);
  return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
}

// "废止依据 (repealed_by)", or the key alone when the schema lacks it.
std::string FieldName(const Schema& schema, const std::string& key) {
  const FieldSpec* f = schema.FindField(key);
  return f ? f->label + " (" + key + ")" : key;
}

// Whether the front matter gives the field a value (a wrong one included:
// that has its own error), not nothing, "" or [].
bool Given(const YamlNode& root, const std::string& key) {
  const YamlNode* n = root.Find(key);
  if (n == nullptr || n->is_null()) return false;
  if (n->is_scalar()) return !Trim(n->text).empty();
  if (n->is_list()) return !n->items.empty();
  return true;
}

// A rule "when `when_key` equals `equals`, one of `require_one_of` is
// given". Without `when`, the rule always applies.
void CheckRequireOneOf(const SchemaRule& rule, const Schema& schema,
                       const YamlNode& root, const Document& doc,
                       Diagnostics& diags) {
  if (FieldText(doc, rule.when_key) != rule.equals) return;
  bool any = false;
  std::vector<std::string> names;
  for (const auto& k : rule.require_one_of) {
    any = any || doc.fields.Find(k) != nullptr || Given(root, k);
    names.push_back(FieldName(schema, k));
  }
  if (any) return;
  if (rule.when_key.empty()) {
    // At the first of them written (empty), else at the type.
    std::string at = "type";
    for (const auto& k : rule.require_one_of) {
      if (at == "type" && doc.field_lines.count(k)) at = k;
    }
    const std::string last = names.back();
    names.pop_back();
    diags.Error(
        kSchemaRule, doc.source_path, doc.FieldLine(at), doc.FieldColumn(at),
        "a " + schema.label + " needs " +
            (names.empty() ? last
                           : "one of " + Join(names, ", ") + " or " + last),
        "add " + Join(rule.require_one_of, " or "));
    return;
  }
  diags.Error(kSchemaRule, doc.source_path, doc.FieldLine(rule.when_key),
              doc.FieldColumn(rule.when_key),
              FieldName(schema, rule.when_key) + " \"" + rule.equals +
                  "\" needs " + Join(names, " or "),
              "add " + Join(rule.require_one_of, " or "));
}

// A value of one of a `disjoint` rule's lists, where it is written.
struct ListItem {
  const YamlNode* node;
  std::string keypath;  // red_flag[2]
  std::string label;    // the list's label
};

// The items of the rule's lists in the order of the file; names gets each
// list's name for the hint.
std::vector<ListItem> DisjointItems(const SchemaRule& rule,
                                    const Schema& schema, const YamlNode& root,
                                    std::vector<std::string>* names) {
  std::vector<ListItem> items;
  for (const auto& key : rule.disjoint) {
    const FieldSpec* spec = schema.FindField(key);
    const std::string label = spec ? spec->label : key;
    names->push_back(label + " (" + key + ")");
    const YamlNode* list = root.Find(key);
    if (list == nullptr || !list->is_list()) continue;
    for (size_t i = 0; i < list->items.size(); ++i) {
      const YamlNode& n = list->items[i];
      if (!n.is_scalar() || Trim(n.text).empty()) continue;
      items.push_back({&n, key + "[" + std::to_string(i + 1) + "]", label});
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const ListItem& a, const ListItem& b) {
                     return std::pair(a.node->line, a.node->column) <
                            std::pair(b.node->line, b.node->column);
                   });
  return items;
}

// A `disjoint` rule: no value is in two of the lists (nor twice in one).
// The later occurrence in the file is reported.
void CheckDisjoint(const SchemaRule& rule, const Schema& schema,
                   const YamlNode& root, const std::string& path,
                   Diagnostics& diags) {
  std::vector<std::string> names;
  const std::vector<ListItem> items = DisjointItems(rule, schema, root, &names);
  std::map<std::string, const ListItem*> first;
  for (const auto& item : items) {
    const std::string value = Trim(item.node->text);
    auto [it, inserted] = first.emplace(value, &item);
    if (inserted) continue;
    const ListItem& earlier = *it->second;
    diags.Error(kNotDisjoint, path, item.node->line, item.node->column,
                item.label + " (" + item.keypath + ") \"" + value +
                    "\" is already in " + earlier.label + " (" +
                    earlier.keypath + ") on line " +
                    std::to_string(earlier.node->line),
                "each may appear only once in " + Join(names, ", ") +
                    "; remove one of them");
  }
}

}  // namespace

void CheckSchemaRules(const Schema& schema, const YamlNode& root,
                      const Document& doc, Diagnostics& diags) {
  for (const auto& rule : schema.rules) {
    if (!rule.disjoint.empty()) {
      CheckDisjoint(rule, schema, root, doc.source_path, diags);
    } else {
      CheckRequireOneOf(rule, schema, root, doc, diags);
    }
  }
}

void CheckDateOrder(const Schema& schema, const Document& doc,
                    Diagnostics& diags) {
  for (const auto& spec : schema.fields) {
    if (spec.kind != FieldKind::kDate || spec.not_after.empty()) continue;
    auto a = Date::Parse(FieldText(doc, spec.key));
    auto b = Date::Parse(FieldText(doc, spec.not_after));
    if (!a || !b || *a <= *b) continue;
    const FieldSpec* other = schema.FindField(spec.not_after);
    diags.Error(kDateOrder, doc.source_path, doc.FieldLine(spec.key),
                doc.FieldColumn(spec.key),
                spec.label + " (" + spec.key + ") " + a->ToString() +
                    " is after " + (other ? other->label : spec.not_after) +
                    " (" + spec.not_after + ") " + b->ToString(),
                "a document cannot be written after it was published");
  }
}

void CheckDayLimits(const Schema& schema, const Document& doc,
                    Diagnostics& diags) {
  for (const auto& spec : schema.fields) {
    if (spec.kind != FieldKind::kDays || spec.not_more_than.empty()) continue;
    const Value* a = doc.fields.Find(spec.key);
    const Value* b = doc.fields.Find(spec.not_more_than);
    if (a == nullptr || b == nullptr) continue;
    // 2小时 and 1个工作日 are not compared: how many hours a working day
    // has is not the site's to say. 即办 (0) is within any limit.
    auto limit = ParseTimeLimit(a->as_string());
    auto other_limit = ParseTimeLimit(b->as_string());
    if (!limit || !other_limit || !Comparable(*limit, *other_limit) ||
        limit->amount <= other_limit->amount) {
      continue;
    }
    const FieldSpec* other = schema.FindField(spec.not_more_than);
    const std::string other_label = other ? other->label : spec.not_more_than;
    diags.Error(kDaysOverLimit, doc.source_path, doc.FieldLine(spec.key),
                doc.FieldColumn(spec.key),
                spec.label + " (" + spec.key + ") " + a->as_string() +
                    " is more than " + other_label + " (" + spec.not_more_than +
                    ") " + b->as_string(),
                "write at most " + b->as_string() + ": " + spec.label +
                    " cannot exceed " + other_label);
  }
}

namespace {

constexpr char kPublishedNeverChanges[] =
    "this 索引号 is published and cannot change; ";

// The year the site's rule puts in the 索引号 of doc, with the field it
// comes from ("发布日期 (published) 2004-12-28"); 0 when any year will do
// (year_of: written and no 成文日期).
int ExpectedYear(const Config& config, const Document& doc,
                 std::string* source) {
  if (config.site.index_no_year_of == IndexNoYear::kWritten) {
    if (!doc.written) return 0;
    *source = "成文日期 (written) is " + doc.written->ToString();
    return doc.written->year;
  }
  *source = "发布日期 (published) is " + doc.published.ToString();
  return doc.published.year;
}

// D304: the year in the 索引号 against the site's rule. The hint never
// asks to renumber a published document: it names the rule that would fit.
void CheckIndexNoYear(const Config& config, const Document& doc, int year,
                      bool published, Diagnostics& diags) {
  const bool written = config.site.index_no_year_of == IndexNoYear::kWritten;
  std::string source;
  const int expected = ExpectedYear(config, doc, &source);
  std::string hint;
  if (expected == 0) {
    // No 成文日期: any year up to that of 发布日期.
    if (!doc.published.year || year <= doc.published.year) return;
    source = "it cannot be later than 发布日期 (published) " +
             doc.published.ToString();
    hint =
        "a 索引号 is given before the document is published; give 成文日期 "
        "(written) or correct the year";
  } else if (year == expected) {
    return;
  } else if (published) {
    hint = std::string(kPublishedNeverChanges) +
           (written ? "correct 成文日期 (written) if it is wrong"
                    : "if the site numbers documents by the year they were "
                      "written, set year_of: written under index_no in "
                      "site.yaml");
  } else {
    hint = std::string("the site's rule is the year of ") +
           (written ? "成文日期 (year_of: written)"
                    : "发布日期 (year_of: published)") +
           ", so the number should have been given in " +
           std::to_string(expected) +
           (written ? ""
                    : "; if the site numbers documents by the year they were "
                      "written, set year_of: written under index_no in "
                      "site.yaml");
  }
  diags.Error(kIndexNoYear, doc.source_path, doc.FieldLine("index_no"),
              doc.FieldColumn("index_no"),
              "索引号 (index_no) \"" + doc.index_no + "\" has the year " +
                  std::to_string(year) + ", but " + source,
              hint);
}

}  // namespace

void CheckIndexNoParts(const Config& config, const Document& doc,
                       const ValidateOptions& opts, Diagnostics& diags) {
  if (doc.index_no.empty()) return;
  IndexNoMatch m =
      MatchIndexNo(config.IndexNoLayoutsFor(doc.department), doc.index_no);
  if (!m.parts) return;
  const bool published = opts.published_index_nos != nullptr &&
                         opts.published_index_nos->count(doc.index_no) > 0;
  const Department* dept = config.FindDepartment(doc.department);
  if (dept != nullptr && !m.parts->org.empty() &&
      CompactOrgCode(m.parts->org) != CompactOrgCode(dept->org_code)) {
    const int serial = m.parts->serial.empty() ? 1 : std::stoi(m.parts->serial);
    // The number as it should be: the year by the site's rule too.
    std::string source;
    int year = ExpectedYear(config, doc, &source);
    if (year == 0) year = m.parts->year;
    const Date date{year, m.parts->month ? m.parts->month : doc.published.month,
                    1};
    diags.Error(kIndexNoOrgCode, doc.source_path, doc.FieldLine("index_no"),
                doc.FieldColumn("index_no"),
                "索引号 (index_no) \"" + doc.index_no +
                    "\" does not start with the organisation code of " +
                    dept->name + " (" + dept->org_code + ")",
                published ? std::string(kPublishedNeverChanges) +
                                "check 发布机构 (department) and its org_code "
                                "in content/departments.yaml"
                          : "write " + FormatIndexNo(m.layout, dept->org_code,
                                                     date, serial));
  }
  if (m.parts->year) {
    CheckIndexNoYear(config, doc, m.parts->year, published, diags);
  }
}

void CheckYearFolder(const std::string& year_dir, const Document& doc,
                     Diagnostics& diags) {
  if (!doc.published.year || year_dir == std::to_string(doc.published.year)) {
    return;
  }
  diags.Error(kWrongYearFolder, doc.source_path, doc.FieldLine("published"),
              doc.FieldColumn("published"),
              "the file is in the folder " + year_dir +
                  "/, but 发布日期 (published) is " + doc.published.ToString(),
              "move it to content/" + doc.section + "/" +
                  std::to_string(doc.published.year) + "/");
}

void CheckNotInFuture(const ValidateOptions& opts, const Document& doc,
                      Diagnostics& diags) {
  if (!opts.today || !doc.published.year || doc.published <= *opts.today) {
    return;
  }
  diags.Warning(
      kFutureDate, doc.source_path, doc.FieldLine("published"),
      doc.FieldColumn("published"),
      "发布日期 (published) " + doc.published.ToString() + " is in the future",
      "the document will be shown as published on that day");
}

}  // namespace disclose
