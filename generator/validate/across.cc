// Rules that span documents.
#include <map>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/org_code.h"
#include "validate/document_steps.h"
#include "validate/validate.h"

namespace disclose {

namespace {

// " is already used by content/.../a.md:3" (已被 content/.../a.md:3 使用):
// the other document of a conflict, at its line.
Said AlreadyUsedBy(const Document& other, int line) {
  const std::string at = other.source_path + ":" + std::to_string(line);
  return {" is already used by " + at, "已被 " + at + " 使用"};
}

// Fields marked `unique`: no two documents of a type share the value (one
// assessment per period). A withdrawn or repealed document no longer holds
// its value, so that a corrected one can take its place.
void CheckUniqueFields(const std::vector<Document>& docs, const Config& config,
                       Diagnostics& diags) {
  std::map<std::string, const Document*> seen;  // type, key, value
  for (const auto& doc : docs) {
    if (doc.withdrawn || doc.validity_meaning == Validity::kRepealed) continue;
    auto schema = config.schemas.find(doc.type);
    if (schema == config.schemas.end()) continue;
    for (const auto& spec : schema->second.fields) {
      const Value* v = spec.unique ? doc.fields.Find(spec.key) : nullptr;
      if (v == nullptr || v->kind() != Value::Kind::kString) continue;
      const std::string id = doc.type + '\n' + spec.key + '\n' + v->as_string();
      auto [it, inserted] = seen.emplace(id, &doc);
      if (inserted) continue;
      const Document& other = *it->second;
      const std::string& type = schema->second.label;
      diags.Error(kNotUnique, doc.source_path, doc.FieldLine(spec.key),
                  doc.FieldColumn(spec.key),
                  LabelKey(spec.label, spec.key) + Said{" ", ""} +
                      Quote(v->as_string()) +
                      AlreadyUsedBy(other, other.FieldLine(spec.key)),
                  {"there is one " + type + " per " + spec.label +
                       ": amend that document, or withdraw it first",
                   "每个" + spec.label + "只能有一份" + type +
                       "：请修改那份文档，或先将它撤回"});
    }
  }
}

// The number a 索引号 stands for: an organisation code written with its
// hyphen (00817301-0) or without (008173010) is the same code, so the two
// numbers are one.
std::string NumberKey(const std::string& index_no, const Config& config) {
  for (const auto& d : config.departments) {
    const std::string compact = CompactOrgCode(d.org_code);
    const size_t at =
        compact == d.org_code ? std::string::npos : index_no.find(d.org_code);
    if (at != std::string::npos) {
      return index_no.substr(0, at) + compact +
             index_no.substr(at + d.org_code.size());
    }
  }
  return index_no;
}

void CheckDuplicateIndexNos(const std::vector<Document>& docs,
                            const Config& config, Diagnostics& diags) {
  std::map<std::string, const Document*> by_number;
  for (const auto& doc : docs) {
    if (doc.index_no.empty()) continue;
    auto [it, inserted] =
        by_number.emplace(NumberKey(doc.index_no, config), &doc);
    if (inserted) continue;
    const Document& other = *it->second;
    const Said as_written = other.index_no == doc.index_no
                                ? Said{}
                                : Said{" (written ", "（那里写作"} +
                                      Quote(other.index_no) +
                                      Said{" there)", "）"};
    diags.Error(
        kDuplicateIndexNo, doc.source_path, doc.FieldLine("index_no"),
        doc.FieldColumn("index_no"),
        Said{"索引号 (index_no) ", "索引号（index_no）"} + Quote(doc.index_no) +
            AlreadyUsedBy(other, other.FieldLine("index_no")) + as_written,
        {"every document needs its own 索引号; run 'disclose new' "
         "for the next free one",
         "每份文档都需要自己的索引号；运行 'disclose new' "
         "取得下一个未用的索引号"});
  }
}

}  // namespace

void CheckAcrossDocuments(const std::vector<Document>& docs,
                          const Config& config, Diagnostics& diags) {
  std::map<std::string, const Document*> by_index_no;
  for (const auto& doc : docs) {
    if (!doc.index_no.empty()) by_index_no.emplace(doc.index_no, &doc);
  }
  CheckDuplicateIndexNos(docs, config, diags);
  CheckUniqueFields(docs, config, diags);
  for (const auto& doc : docs) {
    for (const auto& ref : doc.refs) {
      auto it = by_index_no.find(ref.index_no);
      if (it == by_index_no.end()) {
        Said hint;
        if (!ref.literals.empty()) {
          auto schema = config.schemas.find(ref.ref_type);
          const bool known = schema != config.schemas.end();
          hint = {"write " + Join(ref.literals, " or ") +
                      ", or the 索引号 of " +
                      (known ? "a " + schema->second.label
                             : std::string("a document")),
                  "改为 " + Join(ref.literals, " 或 ") + "，或写一份" +
                      (known ? schema->second.label : std::string("文档")) +
                      "的索引号"};
        }
        diags.Error(kUnresolvedRef, doc.source_path, ref.line, ref.column,
                    LabelKey(ref.label, ref.key) + Said{" ", ""} +
                        Quote(ref.index_no) +
                        Said{" is not the 索引号 of any document",
                             "不是任何文档的索引号"},
                    hint);
        continue;
      }
      const Document& target = *it->second;
      if (&target == &doc) {
        diags.Error(kUnresolvedRef, doc.source_path, ref.line, ref.column,
                    LabelKey(ref.label, ref.key) +
                        Said{" names the document itself", "指向了文档本身"});
      } else if (!ref.ref_type.empty() && target.type != ref.ref_type) {
        auto schema = config.schemas.find(ref.ref_type);
        auto is = config.schemas.find(target.type);
        const std::string wanted = schema != config.schemas.end()
                                       ? schema->second.label
                                       : ref.ref_type;
        const std::string is_label =
            is != config.schemas.end() ? is->second.label : target.type;
        diags.Error(kWrongRefType, doc.source_path, ref.line, ref.column,
                    LabelKey(ref.label, ref.key) + Said{" ", ""} +
                        Quote(ref.index_no) +
                        Said{" is a " + target.type + " (" +
                                 target.source_path + "), not a " + wanted,
                             "是" + is_label + "（" + target.source_path +
                                 "），不是" + wanted});
      }
    }
  }
}

}  // namespace disclose
