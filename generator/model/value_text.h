// A field's value as readers see it, on the document page and on the page
// comparing two versions alike (one rule, so they cannot disagree).
#pragma once

#include <string>
#include <vector>

#include "base/value.h"

namespace disclose {

// The text of a field value:
//   - text and numbers as written;
//   - a list of sentences (申请条件, 申请材料 ...: any item longer than 20
//     characters) numbered, one a line ("1. ...\n2. ...");
//   - a list of words (主题词) joined by "、", a list of records by "；";
//   - a record (法律依据: authority, doc_no) as its values joined by spaces.
std::string ValueText(const Value& v);

// Words joined as a list of words reads: "市物价局、市财政局".
std::string JoinWords(const std::vector<std::string>& words);

}  // namespace disclose
