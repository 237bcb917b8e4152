// The steps of ValidateDocument, in the order it takes them, each reporting
// its own problems. Internal to validate/; declared here so that tests can
// run one step alone.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "config/config.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_tree.h"
#include "model/document.h"
#include "model/source.h"
#include "validate/validate.h"

namespace disclose {

// A field named by its label and key: "标题 (title)" in English,
// "标题（title）" in Chinese.
inline Said LabelKey(const std::string& label, const std::string& key) {
  return {label + " (" + key + ")", label + "（" + key + "）"};
}

// Reading the file (document.cc).

// False, with D105, when the file is larger than max_bytes (the site's
// limits.document_kib).
bool CheckFileSize(const SourceFile& file, uint64_t max_bytes,
                   Diagnostics& diags);

// The path must be content/<section>/<year>/<slug>.md (D108). Sets
// doc.section, doc.slug and doc.url, and *year_dir to the year folder.
bool CheckPath(const std::string& path, const Config& config, Document& doc,
               std::string* year_dir, Diagnostics& diags);

// The front matter parsed as YAML (D101-D109), which must be a mapping
// (D202); nullopt when it is not.
std::optional<YamlNode> ParseFrontMatter(const FrontMatterSplit& split,
                                         const std::string& path,
                                         const Config& config,
                                         Diagnostics& diags);

// The schema of the document's `type` (D200 when it has none, D209 when no
// schema declares it), or nullptr. Sets doc.type.
const Schema* FindSchema(const YamlNode& root, const Config& config,
                         Document& doc, Diagnostics& diags);

// Records where each top-level field stands (doc.field_lines and
// doc.field_columns) and reports the fields the schema does not know
// (D201, with "did you mean").
void CheckFieldNames(const YamlNode& root, const Schema& schema, Document& doc,
                     Diagnostics& diags);

// Checks each of the schema's fields (FieldChecker) and keeps those that
// pass in doc.fields.
void CheckFieldValues(const YamlNode& root, const Schema& schema,
                      const Config& config, Document& doc, Diagnostics& diags);

// Sets doc.validity_meaning from doc.validity and the schema's meanings.
void SetValidityMeaning(const Schema& schema, Document& doc);

// Rules between the fields of one document (rules.cc). REQUIRES: the typed
// core fields of doc are filled (FillCoreFields).

// The schema's rules: "when ... require one of ..." (D211) and "disjoint"
// (D218).
void CheckSchemaRules(const Schema& schema, const YamlNode& root,
                      const Document& doc, Diagnostics& diags);

// A date field after the date it may not follow (`not_after`, D210).
void CheckDateOrder(const Schema& schema, const Document& doc,
                    Diagnostics& diags);

// A days field over the field it may not exceed (`not_more_than`, D216).
void CheckDayLimits(const Schema& schema, const Document& doc,
                    Diagnostics& diags);

// 索引号 against its department's organisation code (D303) and the year
// of the site's rule (D304: 发布日期, or 成文日期 with year_of: written).
// The hints of a 索引号 in opts.published_index_nos never renumber it.
void CheckIndexNoParts(const Config& config, const Document& doc,
                       const ValidateOptions& opts, Diagnostics& diags);

// The year folder against the year of 发布日期 (D214).
void CheckYearFolder(const std::string& year_dir, const Document& doc,
                     Diagnostics& diags);

// 发文机关: when `issuer` is not given, the full name of the department
// (names.cc).
void DefaultIssuers(const Config& config, Document& doc);

// A 发布日期 after opts.today, when it is set (a D213 warning).
void CheckNotInFuture(const ValidateOptions& opts, const Document& doc,
                      Diagnostics& diags);

// The body (document.cc): control characters (D109), the Markdown, and the
// fee tables when the schema has them (D4xx).
// The body first passes the input gate (markdown/gate.h: D105, D112) and
// is then rendered within the budget the limits set (D114).
void ReadBody(std::string body, int body_line, const Schema& schema,
              const InputLimits& limits, Document& doc, Diagnostics& diags);

}  // namespace disclose
