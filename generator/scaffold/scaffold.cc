#include "scaffold/scaffold.h"

#include <algorithm>

#include "base/text.h"
#include "config/org_code.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_parse.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"

namespace disclose {

namespace {

struct DocumentPath {
  std::string path;  // content/<section>/<year>/<slug>.md
  std::string section;
  std::string slug;
};

StatusOr<DocumentPath> CheckPath(std::string path, const Config& config,
                                 const Date& today) {
  const std::string year = std::to_string(today.year);
  std::vector<std::string> sections;
  for (const auto& s : config.site.sections) sections.push_back(s.id);
  const std::string example =
      "content/" + (sections.empty() ? std::string("news") : sections[0]) +
      "/" + year + "/work-plan.md";
  while (StartsWith(path, "./")) path = path.substr(2);
  if (!StartsWith(path, "content/")) path = "content/" + path;
  if (!EndsWith(path, ".md")) path += ".md";
  const std::vector<std::string> parts = Split(path, '/');
  if (parts.size() != 4) {
    return Status::Error(
        "a document must be at "
        "content/<section>/<year>/<name>.md, got \"" +
        path + "\" (for example " + example + ")");
  }
  DocumentPath out{path, parts[1], parts[3].substr(0, parts[3].size() - 3)};
  if (config.site.FindSection(out.section) == nullptr) {
    return Status::Error("\"" + out.section +
                         "\" is not a section in site.yaml; use one of: " +
                         Join(sections, ", "));
  }
  if (parts[2] != year) {
    return Status::Error(
        "the folder \"" + parts[2] + "\" must be this year's, " + year +
        ": a new document is published today (" + today.ToString() +
        "); use content/" + out.section + "/" + year + "/" + parts[3]);
  }
  if (!IsSlug(out.slug)) {
    return Status::Error("the file name \"" + parts[3] +
                         "\" may hold only a-z, 0-9 and '-' (it becomes the "
                         "page's address), for example work-plan.md");
  }
  return out;
}

StatusOr<const Department*> ChooseDepartment(const Config& config,
                                             const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& d : config.departments) ids.push_back(d.id);
  if (!id.empty()) {
    if (const Department* d = config.FindDepartment(id)) return d;
    for (const auto& d : config.departments) {
      if (d.name == id || d.full_name == id) {
        return Status::Error(
            "--department takes the id, not the name: "
            "write --department " +
            d.id);
      }
    }
    for (const auto& d : config.departments) {
      if (EditDistance(d.id, id) <= 2) {
        return Status::Error("\"" + id +
                             "\" is not a department in "
                             "content/departments.yaml; did you mean " +
                             d.id + "?");
      }
    }
    return Status::Error("\"" + id +
                         "\" is not a department in content/departments.yaml");
  }
  const std::string& publisher = config.site.publisher_name;
  for (const auto& d : config.departments) {
    if (!publisher.empty() &&
        (d.name == publisher || d.full_name == publisher)) {
      return &d;
    }
  }
  return Status::Error(
      "say which department publishes it: --department ID (no department in "
      "content/departments.yaml is named like the publisher in site.yaml, \"" +
      publisher + "\")");
}

// The serial of an index_no when it is the department's and in the period.
// The period of `date` by the layout: its year, or year and month.
struct Period {
  int year = 0;   // 0: the layout has no year
  int month = 0;  // 0: the layout has no month
};

Period PeriodOf(const std::string& layout, const std::string& org,
                const Date& date) {
  IndexNoMatch m = MatchIndexNo(layout, FormatIndexNo(layout, org, date, 1));
  if (!m.parts) return Period{};
  return Period{m.parts->year, m.parts->month};
}

// ---- Writing the document --------------------------------------------------

// The rule of a field in a few Chinese words, for its comment.
std::string RuleText(const FieldSpec& spec, const Config& config,
                     const Schema& schema) {
  auto label_of = [&](const std::string& key) {
    const FieldSpec* f = schema.FindField(key);
    return f ? f->label : key;
  };
  auto limit = [](int n, const char* what) {
    return n > 0
               ? std::string("，") + what + "不超过" + std::to_string(n) + "字"
               : std::string();
  };
  switch (spec.kind) {
    case FieldKind::kText:
      return "一行" + limit(spec.max_length, "");
    case FieldKind::kLongText:
      return "可写多行" + limit(spec.max_length, "");
    case FieldKind::kDate:
      return "日期，写作 YYYY-MM-DD" +
             (spec.not_after.empty() ? std::string()
                                     : "，不晚于" + label_of(spec.not_after));
    case FieldKind::kEnum:
      return "可选：" + Join(spec.values, "、");
    case FieldKind::kList: {
      std::string out = "列表，每项一行";
      if (!spec.item.empty()) {
        const FieldSpec& item = spec.item.front();
        if (item.kind == FieldKind::kDepartment) {
          out += "，每项是 content/departments.yaml 中的机构编号";
        }
        out += limit(item.max_length, "每项");
      }
      return out;
    }
    case FieldKind::kRecord:
      return "";
    case FieldKind::kIndexNo:
      return "格式 " + config.site.index_no_layout;
    case FieldKind::kDocNo:
      return "写作 机关代字〔YYYY〕N号";
    case FieldKind::kPhone:
      return "电话号码";
    case FieldKind::kDepartment:
      return "content/departments.yaml 中的机构编号";
    case FieldKind::kDocument: {
      std::string out = "另一份文件的索引号";
      if (!spec.ref_type.empty()) {
        auto it = config.schemas.find(spec.ref_type);
        out += "（" +
               (it == config.schemas.end() ? spec.ref_type : it->second.label) +
               "）";
      }
      if (!spec.values.empty()) out += "，或 " + Join(spec.values, "、");
      return out;
    }
    case FieldKind::kCategory: {
      std::vector<std::string> names;
      for (const auto& c : config.site.categories) names.push_back(c.path);
      return "可选：" + Join(names, "、");
    }
    case FieldKind::kNames:
      return "一个名称，联合发文时写成列表；不填时即发布机构的全称";
    case FieldKind::kDays:
      return "办结时限，如 20（工作日）、20个工作日、30日、2小时，0 为即办" +
             (spec.not_more_than.empty()
                  ? std::string()
                  : "，不超过" + label_of(spec.not_more_than));
    case FieldKind::kCount:
      return "整数，可为 0";
    case FieldKind::kUrl:
      return "网址，以 https:// 或 http:// 开头";
    default:
      if (std::string(FieldKindName(spec.kind)) == "period") {
        return "月份，写作 YYYY-MM";
      }
      return "";
  }
}

// "# 标题 title（必填，一行，不超过200字）例：关于……"
std::string Comment(const FieldSpec& spec, bool required,
                    const std::string& rule, const std::string& extra) {
  std::string out =
      "# " + spec.label + " " + spec.key + "（" + (required ? "必填" : "选填");
  if (!rule.empty()) out += "，" + rule;
  out += "）";
  if (!extra.empty()) {
    out += extra;
  } else if (const std::string ex = FlowText(spec.example); !ex.empty()) {
    out += "例：" + ex;
  }
  return out;
}

// A scalar as YAML text: plain when that reads back as the same text.
std::string Scalar(const std::string& text) {
  YamlNode n;
  n.kind = YamlNode::Kind::kScalar;
  n.text = text;
  return FlowText(n);
}

class DocumentWriter {
 public:
  DocumentWriter(const Config& config, const Schema& schema)
      : config_(config), schema_(schema) {}

  // Values the tool fills in, by top-level key.
  void Known(const std::string& key, std::string yaml, std::string note) {
    known_.push_back({key, std::move(yaml), std::move(note)});
  }

  std::string Write(const std::string& type) {
    out_ += "---\n";
    out_ += "# " + schema_.label + "（" + type + "）。把每个“" +
            kPlaceholderMarker +
            "”换成真实内容，然后运行 disclose check 检查。\n";
    out_ += "# 以 # 开头的行是说明；选填项需要时去掉行首的“# ”。\n";
    out_ += "type: " + type + "\n";
    for (const FieldSpec& spec : schema_.fields) TopLevel(spec);
    out_ += "---\n\n";
    Body();
    return out_;
  }

  int placeholders() const { return placeholders_; }

 private:
  struct KnownValue {
    std::string key;
    std::string yaml;
    std::string note;
  };

  const KnownValue* FindKnown(const std::string& key) const {
    for (const auto& k : known_) {
      if (k.key == key) return &k;
    }
    return nullptr;
  }

  // Whether key is the first of a rule "always one of ..." (a
  // require_one_of without `when`): written to fill in, like a required
  // field, so that the new file asks for one of them.
  bool FirstOfAChoice(const std::string& key) const {
    for (const auto& rule : schema_.rules) {
      if (rule.when_key.empty() && !rule.require_one_of.empty() &&
          rule.require_one_of.front() == key) {
        return true;
      }
    }
    return false;
  }

  void TopLevel(const FieldSpec& spec) {
    const std::string rule = RuleText(spec, config_, schema_);
    if (const KnownValue* k = FindKnown(spec.key)) {
      out_ += Comment(spec, spec.required, rule, k->note) + "\n";
      out_ += spec.key + ": " + k->yaml + "\n";
      return;
    }
    if (!spec.required && !FirstOfAChoice(spec.key)) {
      // Commented out whole; a record names its fields in the comment.
      std::string extra;
      if (spec.kind == FieldKind::kRecord) {
        std::vector<std::string> names;
        for (const auto& f : spec.fields)
          names.push_back(f.label + " " + f.key);
        extra = "包括 " + Join(names, "、");
      }
      out_ += Comment(spec, false, rule, extra) + "\n";
      std::string lines;
      Field(spec, 0, /*comments=*/false, &lines, /*count=*/false);
      for (const std::string& line : Split(lines, '\n')) {
        if (!line.empty()) out_ += "# " + line + "\n";
      }
      return;
    }
    out_ += Comment(spec, true, rule, "") + "\n";
    Field(spec, 0, /*comments=*/true, &out_, /*count=*/true);
  }

  // Writes "key: value" (or the block of a list or record) at `indent`.
  void Field(const FieldSpec& spec, int indent, bool comments, std::string* out,
             bool count) {
    const std::string pad(indent, ' ');
    switch (spec.kind) {
      case FieldKind::kList: {
        *out += pad + spec.key + ":\n";
        if (spec.item.empty()) return;
        FieldSpec item = spec.item.front();
        if (item.label.empty()) item.label = spec.label;
        if (item.kind == FieldKind::kRecord) {
          RecordFields(item, indent + 2, /*dash=*/true, comments, out, count);
        } else {
          *out += pad + "  - " + Placeholder(item, count) + "\n";
        }
        return;
      }
      case FieldKind::kRecord:
        *out += pad + spec.key + ":\n";
        RecordFields(spec, indent + 2, /*dash=*/false, comments, out, count);
        return;
      default:
        *out += pad + spec.key + ": " + Placeholder(spec, count) + "\n";
        return;
    }
  }

  // The fields of a record; with dash, as one item of a list ("- " before
  // its first field). Optional fields of the record are left out: their
  // comment says they may be added.
  void RecordFields(const FieldSpec& record, int indent, bool dash,
                    bool comments, std::string* out, bool count) {
    const std::string pad(indent, ' ');
    bool first = true;
    for (const FieldSpec& f : record.fields) {
      if (comments) {
        *out += (dash && !first ? pad + "  " : pad) +
                Comment(f, f.required, RuleText(f, config_, schema_), "") +
                "\n";
      }
      if (!f.required) continue;
      std::string lines;
      Field(f, 0, comments, &lines, count);
      for (const std::string& line : Split(lines, '\n')) {
        if (line.empty()) continue;
        if (dash) {
          *out += pad + (first ? "- " : "  ") + line + "\n";
          first = false;
        } else {
          *out += pad + line + "\n";
        }
      }
    }
  }

  std::string Placeholder(const FieldSpec& spec, bool count) {
    if (count) ++placeholders_;
    return Scalar(PlaceholderFor(spec));
  }

  // The body: a note in an HTML comment (never shown on the page), and the
  // tables the type requires with their columns.
  void Body() {
    out_ += "<!-- 正文：在下面用 Markdown 写正文（可删除这段说明）。 -->\n";
    if (!schema_.tables) return;
    const TableSpec& t = *schema_.tables;
    std::vector<std::string> columns;
    for (const auto& c : t.columns) columns.push_back(c.label);
    out_ += "\n<!-- " + t.label + "：表头不要改动，每一项写一行，例如\n| " +
            Join(columns, " | ") + " |\n";
    out_ += "可以有多张" + t.label + "，每张上方的小标题是它的名称。 -->\n";
    out_ += "| " + Join(columns, " | ") + " |\n|";
    for (size_t i = 0; i < columns.size(); ++i) out_ += "---|";
    out_ += "\n|";
    // One row to fill in: a table without rows discloses nothing.
    for (const auto& c : columns) {
      out_ += " " + std::string(kPlaceholderMarker) + c + " |";
      ++placeholders_;
    }
    out_ += "\n";
  }

  const Config& config_;
  const Schema& schema_;
  std::vector<KnownValue> known_;
  std::string out_;
  int placeholders_ = 0;
};

}  // namespace

int NextSerial(const std::vector<SourceFile>& documents,
               const std::string& layout, const std::string& org_code,
               const Date& date) {
  const Period period = PeriodOf(layout, org_code, date);
  const std::string org = CompactOrgCode(org_code);
  long long highest = 0;
  for (const SourceFile& file : documents) {
    Diagnostics ignored;
    const std::string text = NormalizeSource(file.text);
    if (FindInvalidUtf8(text)) continue;
    FrontMatterSplit split = SplitFrontMatter(text, file.path, ignored);
    if (!split.ok) continue;
    YamlParseResult yaml =
        ParseYaml(split.yaml, file.path, split.yaml_line, ignored);
    if (!yaml.ok || !yaml.root.is_map()) continue;
    const YamlNode* index_no = yaml.root.Find("index_no");
    if (index_no == nullptr || !index_no->is_scalar()) continue;
    IndexNoMatch m = MatchIndexNo(layout, Trim(index_no->text));
    if (!m.parts || m.parts->serial.empty() || m.parts->serial.size() > 9) {
      continue;
    }
    if (!m.parts->org.empty() && CompactOrgCode(m.parts->org) != org) continue;
    if (m.parts->year != period.year || m.parts->month != period.month) {
      continue;
    }
    highest = std::max(highest, std::stoll(m.parts->serial));
  }
  return static_cast<int>(highest + 1);
}

StatusOr<Scaffold> MakeScaffold(const Config& config,
                                const std::vector<SourceFile>& documents,
                                const ScaffoldRequest& request) {
  auto schema_it = config.schemas.find(request.type);
  if (schema_it == config.schemas.end()) {
    std::vector<std::string> types;
    for (const auto& [name, s] : config.schemas) {
      types.push_back(name + " (" + s.label + ")");
    }
    return Status::Error(
        "\"" + request.type +
        "\" is not a document type; use one of: " + Join(types, ", "));
  }
  const Schema& schema = schema_it->second;
  auto path = CheckPath(request.path, config, request.today);
  if (!path.ok()) return path.status();
  auto department = ChooseDepartment(config, request.department);
  if (!department.ok()) return department.status();
  const Department& dept = **department;

  // The department's own first layout, if it has one, else the site's.
  const std::string layout = config.IndexNoLayoutsFor(dept.id).front();
  const int serial =
      NextSerial(documents, layout, dept.org_code, request.today);
  const std::string index_no =
      FormatIndexNo(layout, dept.org_code, request.today, serial);
  if (!MatchIndexNo(layout, index_no).parts) {
    return Status::Error("no 索引号 is left for " + dept.name + " in " +
                         std::to_string(request.today.year) + ": the serial " +
                         std::to_string(serial) + " does not fit the layout " +
                         layout);
  }

  DocumentWriter writer(config, schema);
  writer.Known("index_no", "\"" + index_no + "\"",
               "已按本机构本年度的下一个编号填好，发布后不能再改");
  writer.Known("department", dept.id,
               dept.name + "；换成其他机构时，索引号也要换");
  writer.Known("published", request.today.ToString(), "今天");
  if (std::string in_force = schema.InForceValue(); !in_force.empty()) {
    writer.Known("validity", in_force, "新文件一般是" + in_force);
  }
  Scaffold out;
  out.path = path->path;
  out.text = writer.Write(request.type);
  out.index_no = index_no;
  out.department = dept.id;
  out.placeholders = writer.placeholders();
  return out;
}

Status WriteScaffold(FileSystem& fs, const std::string& site_root,
                     const Scaffold& scaffold) {
  const std::string full = JoinPath(site_root, scaffold.path);
  const std::string dir = full.substr(0, full.rfind('/'));
  if (fs.IsFile(full) || fs.IsDirectory(full)) {
    return Status::Error(scaffold.path +
                         " already exists; disclose new never overwrites a "
                         "file (choose another name, or edit that one)");
  }
  Status s = fs.MakeDirectories(dir);
  if (!s.ok()) return s;
  s = fs.CreateNewFile(full, scaffold.text);
  if (!s.ok() && fs.IsFile(full)) {
    return Status::Error(scaffold.path +
                         " already exists; disclose new never overwrites a "
                         "file (choose another name, or edit that one)");
  }
  return s;
}

}  // namespace disclose
