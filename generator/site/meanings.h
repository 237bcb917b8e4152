// What some values of the content mean to the pages: the validity values
// (有效性) that put a banner on a document, and the type whose documents
// are window assessments. The schemas say (`meanings:` and `role:`, read by
// config/); these ask the configuration, also for documents rebuilt from
// published records, which never passed validation.
#pragma once

#include "config/config.h"
#include "model/document.h"

namespace disclose {

// Repealed (废止 in the sample): replaced by another document or
// withdrawn from force; kept for reference.
inline bool IsRepealed(const Config& config, const Document& doc) {
  return config.ValidityOf(doc.type, doc.validity) == Validity::kRepealed;
}

// Expired (失效): no longer in force; kept for reference.
inline bool IsExpired(const Config& config, const Document& doc) {
  return config.ValidityOf(doc.type, doc.validity) == Validity::kExpired;
}

// A window assessment (考核通报): rates service windows for a period.
inline bool IsWindowAssessment(const Config& config, const Document& doc) {
  return config.IsWindowAssessment(doc.type);
}

}  // namespace disclose
