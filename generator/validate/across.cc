// Rules that span documents.
#include <map>

#include "validate/validate.h"

namespace disclose {

void CheckAcrossDocuments(const std::vector<Document>& docs,
                          const Config& config, Diagnostics& diags) {
  std::map<std::string, const Document*> by_index_no;
  for (const auto& doc : docs) {
    if (doc.index_no.empty()) continue;
    auto [it, inserted] = by_index_no.emplace(doc.index_no, &doc);
    if (!inserted) {
      diags.Error("D300", doc.source_path, doc.FieldLine("index_no"),
                  doc.FieldColumn("index_no"),
                  "索引号 (index_no) \"" + doc.index_no +
                      "\" is already used by " + it->second->source_path +
                      ":" + std::to_string(it->second->FieldLine("index_no")),
                  "every document needs its own 索引号; run 'disclose new' "
                  "for the next free one");
    }
  }
  for (const auto& doc : docs) {
    for (const auto& ref : doc.refs) {
      auto it = by_index_no.find(ref.index_no);
      if (it == by_index_no.end()) {
        diags.Error("D305", doc.source_path, ref.line, ref.column,
                    ref.label + " (" + ref.key + ") \"" + ref.index_no +
                        "\" is not the 索引号 of any document");
        continue;
      }
      const Document& target = *it->second;
      if (&target == &doc) {
        diags.Error("D305", doc.source_path, ref.line, ref.column,
                    ref.label + " (" + ref.key +
                        ") names the document itself");
      } else if (!ref.ref_type.empty() && target.type != ref.ref_type) {
        auto schema = config.schemas.find(ref.ref_type);
        diags.Error("D306", doc.source_path, ref.line, ref.column,
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
