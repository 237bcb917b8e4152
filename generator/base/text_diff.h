// Character diff: Chinese has no spaces between words, so text is compared
// code point by code point (Myers' O((N+M)D) algorithm).
#pragma once

#include <string>
#include <vector>

namespace disclose {

struct DiffSpan {
  enum Kind { kEqual, kInsert, kDelete };
  Kind kind = kEqual;
  std::string text;  // consecutive code points of the same kind, merged
};

// The spans that turn `before` into `after`. REQUIRES: valid UTF-8. When the
// texts differ in more than max_edits code points, the result is simply
// "delete before, insert after".
std::vector<DiffSpan> DiffChars(const std::string& before,
                                const std::string& after,
                                int max_edits = 20000);

}  // namespace disclose
