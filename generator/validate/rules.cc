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

// "废止依据 (repealed_by)" (废止依据（repealed_by）), or the key alone when
// the schema lacks it.
Said FieldName(const Schema& schema, const std::string& key) {
  const FieldSpec* f = schema.FindField(key);
  return f ? LabelKey(f->label, key) : Said{key, key};
}

// The names joined: "a, b or c" (a、b或c); "a" alone.
Said JoinOr(std::vector<Said> names, const Said& comma = {", ", "、"}) {
  if (names.empty()) return {};
  Said out = names.back();
  names.pop_back();
  if (names.empty()) return out;
  Said head = names.front();
  for (size_t i = 1; i < names.size(); ++i) head += comma + names[i];
  return head + Said{" or ", "或"} + out;
}

// The keys joined with " or " (或).
Said KeysOr(const std::vector<std::string>& keys) {
  return {Join(keys, " or "), Join(keys, " 或 ")};
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
  std::vector<Said> names;
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
    const bool one = names.size() == 1;
    const Said needs =
        Said{"a " + schema.label + " needs " + (one ? "" : "one of "),
             schema.label + "需要填写"} +
        JoinOr(names, {", ", "、"}) + Said{"", one ? "" : "中的一项"};
    diags.Error(kSchemaRule, doc.source_path, doc.FieldLine(at),
                doc.FieldColumn(at), needs,
                Said{"add ", "添加 "} + KeysOr(rule.require_one_of));
    return;
  }
  diags.Error(kSchemaRule, doc.source_path, doc.FieldLine(rule.when_key),
              doc.FieldColumn(rule.when_key),
              FieldName(schema, rule.when_key) +
                  Said{" \"" + rule.equals + "\" needs ",
                       "为“" + rule.equals + "”时需要填写"} +
                  JoinOr(names, {" or ", "或"}),
              Said{"add ", "添加 "} + KeysOr(rule.require_one_of));
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
                                    std::vector<Said>* names) {
  std::vector<ListItem> items;
  for (const auto& key : rule.disjoint) {
    const FieldSpec* spec = schema.FindField(key);
    const std::string label = spec ? spec->label : key;
    names->push_back(LabelKey(label, key));
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
  std::vector<Said> names;
  const std::vector<ListItem> items = DisjointItems(rule, schema, root, &names);
  std::map<std::string, const ListItem*> first;
  for (const auto& item : items) {
    const std::string value = Trim(item.node->text);
    auto [it, inserted] = first.emplace(value, &item);
    if (inserted) continue;
    const ListItem& earlier = *it->second;
    const std::string line = std::to_string(earlier.node->line);
    Said all = names.empty() ? Said{} : names.front();
    for (size_t i = 1; i < names.size(); ++i)
      all += Said{", ", "、"} + names[i];
    diags.Error(
        kNotDisjoint, path, item.node->line, item.node->column,
        LabelKey(item.label, item.keypath) + Said{" ", ""} + Quote(value) +
            Said{" is already in ", "已出现在第 " + line + " 行的"} +
            LabelKey(earlier.label, earlier.keypath) +
            Said{" on line " + line, "中"},
        Said{"each may appear only once in ", "每一项在"} + all +
            Said{"; remove one of them", "中只能出现一次；删除其中一个"});
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
    diags.Error(
        kDateOrder, doc.source_path, doc.FieldLine(spec.key),
        doc.FieldColumn(spec.key),
        LabelKey(spec.label, spec.key) + Said{" ", ""} + a->ToString() +
            Said{" is after ", " 晚于"} +
            LabelKey(other ? other->label : spec.not_after, spec.not_after) +
            Said{" ", ""} + b->ToString(),
        {"a document cannot be written after it was published",
         "文档的成文日期不能晚于发布日期"});
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
                LabelKey(spec.label, spec.key) + Said{" ", ""} +
                    a->as_string() + Said{" is more than ", " 超过了"} +
                    LabelKey(other_label, spec.not_more_than) + Said{" ", ""} +
                    b->as_string(),
                {"write at most " + b->as_string() + ": " + spec.label +
                     " cannot exceed " + other_label,
                 "最多写 " + b->as_string() + "：" + spec.label + "不能超过" +
                     other_label});
  }
}

namespace {

const Said kPublishedNeverChanges{
    "this 索引号 is published and cannot change; ",
    "这个索引号已经发布，不能更改；"};

const Said kSetYearOfWritten{
    "if the site numbers documents by the year they were written, set "
    "year_of: written under index_no in site.yaml",
    "如果网站按成文年份编号，请在 site.yaml 的 index_no 下设置 year_of: "
    "written"};

// 索引号 (index_no) "X" (索引号（index_no）“X”).
Said IndexNoQuoted(const std::string& index_no) {
  return Said{"索引号 (index_no) ", "索引号（index_no）"} + Quote(index_no);
}

// The year the site's rule puts in the 索引号 of doc, with the field it
// comes from ("发布日期 (published) 2004-12-28"); 0 when any year will do
// (year_of: written and no 成文日期).
int ExpectedYear(const Config& config, const Document& doc, Said* source) {
  if (config.site.index_no_year_of == IndexNoYear::kWritten) {
    if (!doc.written) return 0;
    *source = {"成文日期 (written) is " + doc.written->ToString(),
               "成文日期（written）为 " + doc.written->ToString()};
    return doc.written->year;
  }
  *source = {"发布日期 (published) is " + doc.published.ToString(),
             "发布日期（published）为 " + doc.published.ToString()};
  return doc.published.year;
}

// D304: the year in the 索引号 against the site's rule. The hint never
// asks to renumber a published document: it names the rule that would fit.
void CheckIndexNoYear(const Config& config, const Document& doc, int year,
                      bool published, Diagnostics& diags) {
  const bool written = config.site.index_no_year_of == IndexNoYear::kWritten;
  Said source;
  const int expected = ExpectedYear(config, doc, &source);
  Said hint;
  if (expected == 0) {
    // No 成文日期: any year up to that of 发布日期.
    if (!doc.published.year || year <= doc.published.year) return;
    source = {"it cannot be later than 发布日期 (published) " +
                  doc.published.ToString(),
              "年份不能晚于发布日期（published）" + doc.published.ToString()};
    hint = {
        "a 索引号 is given before the document is published; give 成文日期 "
        "(written) or correct the year",
        "索引号在文档发布之前编制；请填写成文日期（written）或更正年份"};
  } else if (year == expected) {
    return;
  } else if (published) {
    hint = kPublishedNeverChanges +
           (written ? Said{"correct 成文日期 (written) if it is wrong",
                           "如果成文日期（written）有误，请更正"}
                    : kSetYearOfWritten);
  } else {
    const std::string in = std::to_string(expected);
    hint = written ? Said{"the site's rule is the year of 成文日期 (year_of: "
                          "written), so the number should have been given in " +
                              in,
                          "网站的规则是取成文日期的年份（year_of: "
                          "written），所以索引号中的年份应为 " +
                              in}
                   : Said{"the site's rule is the year of 发布日期 (year_of: "
                          "published), so the number should have been given "
                          "in " +
                              in + "; ",
                          "网站的规则是取发布日期的年份（year_of: "
                          "published），所以索引号中的年份应为 " +
                              in + "；"} +
                         kSetYearOfWritten;
  }
  const std::string y = std::to_string(year);
  diags.Error(
      kIndexNoYear, doc.source_path, doc.FieldLine("index_no"),
      doc.FieldColumn("index_no"),
      IndexNoQuoted(doc.index_no) +
          Said{" has the year " + y + ", but ", "中的年份为 " + y + "，但"} +
          source,
      hint);
}

// ": 00817302-1 is the code of 卫生局" when the code written in a 索引号
// is that of another department than its own; empty otherwise.
Said WhoseCode(const Config& config, const std::string& written,
               const Department& own) {
  const std::string code = CompactOrgCode(written);
  for (const auto& d : config.departments) {
    if (&d == &own || CompactOrgCode(d.org_code) != code) continue;
    return {": " + written + " is the code of " + d.name,
            "；" + written + " 是" + d.name + "的代码"};
  }
  return {};
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
    Said source;
    int year = ExpectedYear(config, doc, &source);
    if (year == 0) year = m.parts->year;
    const Date date{year, m.parts->month ? m.parts->month : doc.published.month,
                    1};
    const std::string fixed =
        FormatIndexNo(m.layout, dept->org_code, date, serial);
    diags.Error(kIndexNoOrgCode, doc.source_path, doc.FieldLine("index_no"),
                doc.FieldColumn("index_no"),
                IndexNoQuoted(doc.index_no) +
                    Said{" does not start with the organisation code of " +
                             dept->name + " (" + dept->org_code + ")",
                         "不是以" + dept->name + "的组织机构代码（" +
                             dept->org_code + "）开头"} +
                    WhoseCode(config, m.parts->org, *dept),
                published ? kPublishedNeverChanges +
                                Said{"check 发布机构 (department) and its "
                                     "org_code in content/departments.yaml",
                                     "请核对发布机构（department）及其在 "
                                     "content/departments.yaml 中的 org_code"}
                          : Said{"write " + fixed, "改为 " + fixed});
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
  const std::string date = doc.published.ToString();
  const std::string folder =
      "content/" + doc.section + "/" + std::to_string(doc.published.year) + "/";
  diags.Error(
      kWrongYearFolder, doc.source_path, doc.FieldLine("published"),
      doc.FieldColumn("published"),
      {"the file is in the folder " + year_dir +
           "/, but 发布日期 (published) is " + date,
       "文件在文件夹 " + year_dir + "/ 中，但发布日期（published）为 " + date},
      {"move it to " + folder, "把文件移到 " + folder});
}

void CheckNotInFuture(const ValidateOptions& opts, const Document& doc,
                      Diagnostics& diags) {
  if (!opts.today || !doc.published.year || doc.published <= *opts.today) {
    return;
  }
  const std::string date = doc.published.ToString();
  diags.Warning(kFutureDate, doc.source_path, doc.FieldLine("published"),
                doc.FieldColumn("published"),
                {"发布日期 (published) " + date + " is in the future",
                 "发布日期（published）" + date + " 是将来的日期"},
                {"the document will be shown as published on that day",
                 "网站将把文档显示为在那一天发布"});
}

}  // namespace disclose
