// Rules that span documents.
#include <map>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/org_code.h"
#include "validate/validate.h"

namespace disclose {

namespace {

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
      diags.Error(kNotUnique, doc.source_path, doc.FieldLine(spec.key),
                  doc.FieldColumn(spec.key),
                  spec.label + " (" + spec.key + ") \"" + v->as_string() +
                      "\" is already used by " + other.source_path + ":" +
                      std::to_string(other.FieldLine(spec.key)),
                  "there is one " + schema->second.label + " per " +
                      spec.label +
                      ": amend that document, or withdraw it first");
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
    const std::string as_written =
        other.index_no == doc.index_no
            ? std::string()
            : " (written \"" + other.index_no + "\" there)";
    diags.Error(kDuplicateIndexNo, doc.source_path, doc.FieldLine("index_no"),
                doc.FieldColumn("index_no"),
                "索引号 (index_no) \"" + doc.index_no +
                    "\" is already used by " + other.source_path + ":" +
                    std::to_string(other.FieldLine("index_no")) + as_written,
                "every document needs its own 索引号; run 'disclose new' "
                "for the next free one");
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
        std::string hint;
        if (!ref.literals.empty()) {
          auto schema = config.schemas.find(ref.ref_type);
          hint = "write " + Join(ref.literals, " or ") + ", or the 索引号 of " +
                 (schema != config.schemas.end() ? "a " + schema->second.label
                                                 : std::string("a document"));
        }
        diags.Error(kUnresolvedRef, doc.source_path, ref.line, ref.column,
                    ref.label + " (" + ref.key + ") \"" + ref.index_no +
                        "\" is not the 索引号 of any document",
                    hint);
        continue;
      }
      const Document& target = *it->second;
      if (&target == &doc) {
        diags.Error(kUnresolvedRef, doc.source_path, ref.line, ref.column,
                    ref.label + " (" + ref.key + ") names the document itself");
      } else if (!ref.ref_type.empty() && target.type != ref.ref_type) {
        auto schema = config.schemas.find(ref.ref_type);
        diags.Error(kWrongRefType, doc.source_path, ref.line, ref.column,
                    ref.label + " (" + ref.key + ") \"" + ref.index_no +
                        "\" is a " + target.type + " (" + target.source_path +
                        "), not a " +
                        (schema != config.schemas.end() ? schema->second.label
                                                        : ref.ref_type));
      }
    }
  }
}

}  // namespace disclose
