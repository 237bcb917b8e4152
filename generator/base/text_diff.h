// Character diff: Chinese has no spaces between words, so text is compared
// code point by code point.
//
// The algorithm is Myers' ("An O(ND) Difference Algorithm and Its
// Variations", 1986) with the linear-space refinement of its section 4b: the
// "middle snake" of an optimal path splits the texts in two, and each half is
// compared the same way. With N and M the lengths in code points and D the
// number of code points deleted plus inserted, it takes O((N+M)·D) time and
// O(N+M) memory.
#pragma once

#include <string>
#include <vector>

namespace disclose {

struct DiffSpan {
  enum Kind { kEqual, kInsert, kDelete };
  Kind kind = kEqual;
  std::string text;  // consecutive code points of the same kind, merged
};

// The spans that turn `before` into `after`. REQUIRES: valid UTF-8 (other
// bytes are still compared, split into pieces as SplitChars splits them).
//
// The result is exact and minimal:
//  - the equal and delete spans, in order, spell `before`; the equal and
//    insert spans, in order, spell `after`;
//  - the code points deleted plus inserted number N + M - 2·LCS, where LCS is
//    the length of a longest common subsequence: no diff edits fewer;
//  - no span is empty, two neighbours never share a kind, and between two
//    equal spans a delete comes before an insert.
// Of several equally short diffs the same texts always get the same one,
// leaning to common text matched early; which one is not promised further.
// When the texts differ in more than max_edits code points (deleted plus
// inserted), the result is simply "delete before, insert after" (one span
// each, an empty side left out); that bound also caps the time at
// O((N+M)·max_edits).
std::vector<DiffSpan> DiffChars(const std::string& before,
                                const std::string& after,
                                int max_edits = 20000);

}  // namespace disclose
