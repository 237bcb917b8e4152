// Validation of one document against its schema: ValidateDocument and the
// steps that read the file. The rules between fields are in rules.cc, the
// check of each field in fields.cc, the fee tables in fees.cc.
#include <chrono>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_parse.h"
#include "markdown/gate.h"
#include "model/record.h"
#include "validate/characters.h"
#include "validate/document_steps.h"
#include "validate/fields.h"
#include "validate/grammar.h"
#include "validate/validate.h"

namespace disclose {

namespace {

std::vector<std::string> TypeNames(const Config& config) {
  std::vector<std::string> types;
  for (const auto& [name, s] : config.schemas) types.push_back(name);
  return types;
}

}  // namespace

bool CheckFileSize(const SourceFile& file, uint64_t max_bytes,
                   Diagnostics& diags) {
  const uint64_t bytes =
      std::max<uint64_t>(file.text.size(), file.unread_bytes);
  if (bytes <= max_bytes) return true;
  const std::string size = std::to_string(bytes);
  const std::string limit = std::to_string(max_bytes);
  diags.Error(kTooLarge, file.path, 0, 0,
              {"the file is " + size + " bytes, more than the limit of " +
                   limit + " (limits.document_kib)",
               "文件大小为 " + size + " 字节，超过了 " + limit +
                   " 字节的上限（limits.document_kib）"},
              {"split it into several documents", "把它拆成几个文件"});
  return false;
}

// content/<section>/<year>/<slug>.md
bool CheckPath(const std::string& path, const Config& config, Document& doc,
               std::string* year_dir, Diagnostics& diags) {
  std::vector<std::string> parts = Split(path, '/');
  std::vector<std::string> sections;
  for (const auto& s : config.site.sections) sections.push_back(s.id);
  if (parts.size() != 4 || parts[0] != "content") {
    const std::string example =
        "content/" + (sections.empty() ? std::string("news") : sections[0]) +
        "/2005/work-plan.md";
    diags.Error(kBadPath, path, 0, 0,
                {"a document must be at content/<section>/<year>/<name>.md",
                 "文档应位于 content/<栏目>/<年份>/<文件名>.md"},
                {"for example " + example, "例如 " + example});
    return false;
  }
  doc.section = parts[1];
  *year_dir = parts[2];
  doc.slug = parts[3].substr(0, parts[3].size() - 3);
  if (config.site.FindSection(doc.section) == nullptr) {
    diags.Error(kBadPath, path, 0, 0,
                Quote(doc.section) + Said{" is not a section in site.yaml",
                                          "不是 site.yaml 中的栏目"},
                {"move the file into one of: " + Join(sections, ", "),
                 "把文件移到以下栏目之一：" + Join(sections, "、")});
    return false;
  }
  if (year_dir->size() != 4 ||
      year_dir->find_first_not_of("0123456789") != std::string::npos) {
    diags.Error(
        kBadPath, path, 0, 0,
        Said{"the folder ", "文件夹"} + Quote(*year_dir) +
            Said{" must be a year such as 2005", "应为年份，例如 2005"});
    return false;
  }
  if (!IsSlug(doc.slug)) {
    diags.Error(kBadPath, path, 0, 0,
                Said{"the file name ", "文件名"} + Quote(parts[3]) +
                    Said{" may hold only a-z, 0-9 and '-' (it becomes the "
                         "page's address)",
                         "只能包含 a-z、0-9 和 '-'（它会成为网页的地址）"},
                {"for example outpatient-fees.md", "例如 outpatient-fees.md"});
    return false;
  }
  doc.url = "/" + doc.section + "/" + *year_dir + "/" + doc.slug + "/";
  return true;
}

namespace {

YamlLimits FrontMatterLimits(const Config& config) {
  YamlLimits y;
  y.max_bytes = config.site.limits.front_matter_bytes();
  y.max_depth = config.site.limits.nesting;
  return y;
}

}  // namespace

std::optional<YamlNode> ParseFrontMatter(const FrontMatterSplit& split,
                                         const std::string& path,
                                         const Config& config,
                                         Diagnostics& diags) {
  YamlParseResult yaml = ParseYaml(
      split.yaml, path, split.yaml_line, diags, FrontMatterLimits(config),
      [&config](const YamlNode& root, const std::string& keypath) {
        return FrontMatterFieldName(config, root, keypath);
      });
  if (!yaml.ok) return std::nullopt;
  if (!yaml.root.is_map()) {
    diags.Error(kWrongShape, path, split.yaml_line, 1,
                Said{"the front matter must be fields written as \"key: "
                     "value\", got ",
                     "文件头（front matter）应为“key: value”形式的字段，现为"} +
                    yaml.root.KindSaid());
    return std::nullopt;
  }
  return std::move(yaml.root);
}

const Schema* FindSchema(const YamlNode& root, const Config& config,
                         Document& doc, Diagnostics& diags) {
  const std::string& path = doc.source_path;
  const YamlNode* type = root.Find("type");
  if (type == nullptr || !type->is_scalar() || Trim(type->text).empty()) {
    diags.Error(
        kMissingField, path, type ? type->line : 1, type ? type->column : 1,
        {"类型 (type) is required but missing",
         "类型（type）是必填字段，但缺少"},
        {"add a line type: <one of " + Join(TypeNames(config), ", ") + ">",
         "添加一行 type: <" + Join(TypeNames(config), "、") + " 之一>"});
    return nullptr;
  }
  doc.type = Trim(type->text);
  doc.field_lines["type"] = type->line;
  auto it = config.schemas.find(doc.type);
  if (it == config.schemas.end()) {
    diags.Error(kUnknownType, path, type->line, type->column,
                Said{"类型 (type) ", "类型（type）"} + Quote(doc.type) +
                    Said{" has no schema in content/schemas",
                         "在 content/schemas 中没有文档类型定义（schema）"},
                {"one of " + Join(TypeNames(config), ", "),
                 "应为 " + Join(TypeNames(config), "、") + " 之一"});
    return nullptr;
  }
  return &it->second;
}

void CheckFieldNames(const YamlNode& root, const Schema& schema, Document& doc,
                     Diagnostics& diags) {
  for (const auto& e : root.entries) {
    if (e.key == "type") continue;
    doc.field_lines[e.key] = e.value.line;
    doc.field_columns[e.key] = e.value.column;
    if (schema.FindField(e.key) != nullptr) continue;
    Said hint{"the fields of a " + doc.type + " are listed in " +
                  schema.core_path + " and " + schema.path,
              schema.label + "的字段列在 " + schema.core_path + " 和 " +
                  schema.path + " 中"};
    for (const auto& f : schema.fields) {
      if (EditDistance(f.key, e.key) <= 2) {
        hint =
            Said{"did you mean ", "是否应为"} + Quote(f.key) + Said{"?", "？"};
        break;
      }
    }
    diags.Error(kUnknownField, doc.source_path, e.line, e.column,
                Said{"unknown field ", schema.label + "中有未知字段"} +
                    QuoteValue(e.key) + Said{" for a " + doc.type, ""},
                hint);
  }
}

void CheckFieldValues(const YamlNode& root, const Schema& schema,
                      const Config& config, Document& doc, Diagnostics& diags) {
  FieldChecker checker(config, root, diags, doc);
  doc.fields = Value::Map();
  for (const auto& spec : schema.fields) {
    const YamlNode* node = root.Find(spec.key);
    if (node == nullptr) {
      if (spec.required) checker.Missing(spec, spec.key, 1, 1);
      continue;
    }
    Value v = checker.Check(spec, *node, spec.key);
    if (!v.is_null()) doc.fields.Set(spec.key, std::move(v));
  }
}

void SetValidityMeaning(const Schema& schema, Document& doc) {
  doc.validity_meaning = schema.ValidityOf(doc.validity);
}

namespace {

// `fee_matrix: {payer_column, unit}` in the front matter, or none.
FeeMatrixDecl FeeMatrixOf(const Document& doc) {
  FeeMatrixDecl decl;
  const Value* m = doc.fields.Find("fee_matrix");
  if (m == nullptr || m->kind() != Value::Kind::kMap) return decl;
  const Value* payer = m->Find("payer_column");
  const Value* unit = m->Find("unit");
  if (payer != nullptr) decl.payer_column = payer->as_string();
  if (unit != nullptr) decl.unit = unit->as_string();
  decl.line = doc.FieldLine("fee_matrix");
  decl.column = doc.FieldColumn("fee_matrix");
  return decl;
}

}  // namespace

namespace {

// D114: the rendering was stopped by its budget.
void ReportStop(RenderStop stop, const InputLimits& limits,
                const std::string& path, int body_line, Diagnostics& diags) {
  Said what;
  switch (stop) {
    case RenderStop::kTime:
      what = {"rendering the body took longer than " +
                  std::to_string(limits.render_ms) +
                  " ms (limits.render_ms), and was stopped",
              "渲染正文超过 " + std::to_string(limits.render_ms) +
                  " 毫秒（limits.render_ms），已停止"};
      break;
    case RenderStop::kMemory:
      what = {"rendering the body needed more than " +
                  std::to_string(limits.render_mib) +
                  " MiB of memory (limits.render_mib), and was stopped",
              "渲染正文所需内存超过 " + std::to_string(limits.render_mib) +
                  " MiB（limits.render_mib），已停止"};
      break;
    case RenderStop::kOutput:
    case RenderStop::kNone:
      what = {"the body's HTML would be more than " +
                  std::to_string(limits.output_ratio) +
                  " times its size (limits.output_ratio)",
              "正文生成的 HTML 将超过其大小的 " +
                  std::to_string(limits.output_ratio) +
                  " 倍（limits.output_ratio）"};
      break;
  }
  diags.Error(kRenderBudget, path, body_line, 1, what,
              {"simplify the body's Markdown: repeated links, deep nesting "
               "and huge tables cost the most",
               "简化正文的 Markdown：重复的链接、很深的嵌套和巨大的表格"
               "最耗费资源"});
}

}  // namespace

void ReadBody(std::string body, int body_line, const Schema& schema,
              const InputLimits& limits, Document& doc, Diagnostics& diags) {
  ReportControlChars(body, body_line, doc.source_path, diags);
  doc.body_line = body_line;
  // The gate first: cmark-gfm never sees a body beyond the limits.
  if (!CheckMarkdownShape(body, body_line, limits, doc.source_path, diags)) {
    doc.body_markdown = std::move(body);
    return;
  }
  const RenderBudget budget = BudgetOf(limits);
  MarkdownResult md = RenderMarkdown(body, body_line, {}, budget);
  if (md.stop != RenderStop::kNone) {
    ReportStop(md.stop, limits, doc.source_path, body_line, diags);
    doc.body_markdown = std::move(body);
    return;
  }
  doc.body_markdown = std::move(body);
  doc.body_html = std::move(md.html);
  doc.body_text = std::move(md.plain_text);
  if (schema.tables) {
    doc.fee_tables =
        ValidateFeeTables(md.tables, *schema.tables, doc.source_path, body_line,
                          diags, FeeMatrixOf(doc));
    // Amounts are shown with their 元: the body is rendered once more.
    const CellTexts amounts = FeeAmountCellTexts(md.tables, doc.fee_tables);
    if (!amounts.empty()) {
      MarkdownResult shown =
          RenderMarkdown(doc.body_markdown, body_line, amounts, budget);
      if (shown.stop != RenderStop::kNone) {
        ReportStop(shown.stop, limits, doc.source_path, body_line, diags);
      }
      doc.body_html = std::move(shown.html);
    }
  }
}

std::optional<Document> ValidateDocument(const SourceFile& file,
                                         const Config& config,
                                         const ValidateOptions& opts,
                                         Diagnostics& diags) {
  if (!CheckFileSize(file, config.site.limits.document_bytes(), diags)) {
    return std::nullopt;
  }
  const std::string text = NormalizeSource(file.text);
  if (!CheckEncoding(file.path, text, diags)) return std::nullopt;
  Document doc;
  doc.source_path = file.path;
  std::string year_dir;
  const bool path_ok = CheckPath(file.path, config, doc, &year_dir, diags);
  FrontMatterSplit split = SplitFrontMatter(text, file.path, diags);
  if (!split.ok) return std::nullopt;
  std::optional<YamlNode> root =
      ParseFrontMatter(split, file.path, config, diags);
  if (!root) return std::nullopt;
  const Schema* schema = FindSchema(*root, config, doc, diags);
  if (schema == nullptr) return std::nullopt;

  CheckFieldNames(*root, *schema, doc, diags);
  CheckFieldValues(*root, *schema, config, doc, diags);
  WarnInvisibleChars(config, *root, file.path, diags);
  FillCoreFields(doc);
  DefaultIssuers(config, doc);
  SetValidityMeaning(*schema, doc);

  CheckSchemaRules(*schema, *root, doc, diags);
  CheckDateOrder(*schema, doc, diags);
  CheckDayLimits(*schema, doc, diags);
  CheckIndexNoParts(config, doc, opts, diags);
  if (path_ok) CheckYearFolder(year_dir, doc, diags);
  CheckNotInFuture(opts, doc, diags);
  ReadBody(std::move(split.body), split.body_line, *schema, config.site.limits,
           doc, diags);
  return doc;
}

}  // namespace disclose
