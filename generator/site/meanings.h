// What some values of the content mean to the pages: the validity values
// (有效性) that put a banner on a document, and the type whose documents
// are window assessments. Each meaning is read here and nowhere else in
// site/, so that moving it into the schemas changes one line each.
#pragma once

#include "model/document.h"

namespace disclose {

// 废止: repealed by another document; kept for reference.
inline bool IsRepealed(const Document& doc) { return doc.validity == "废止"; }

// 失效: no longer in force (expired); kept for reference.
inline bool IsExpired(const Document& doc) { return doc.validity == "失效"; }

// A window assessment (考核通报): rates service windows for a period.
inline bool IsWindowAssessment(const Document& doc) {
  return doc.type == "assessment";
}

}  // namespace disclose
