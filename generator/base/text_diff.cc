#include "base/text_diff.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace disclose {

namespace {

// A text split into code points: equal code points get equal ids, and
// offsets[i] is where code point i starts (offsets.back() is the length).
struct Chars {
  std::vector<uint32_t> ids;
  std::vector<size_t> offsets;
};

using CharIds = std::unordered_map<std::string_view, uint32_t>;

// Splits as SplitChars does (a byte and the continuation bytes after it), so
// bytes that are not valid UTF-8 are still compared piece by piece.
Chars Split(std::string_view s, CharIds& ids) {
  Chars out;
  for (size_t i = 0; i < s.size();) {
    size_t j = i + 1;
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) {
      ++j;
    }
    const auto next = static_cast<uint32_t>(ids.size());
    out.ids.push_back(ids.try_emplace(s.substr(i, j - i), next).first->second);
    out.offsets.push_back(i);
    i = j;
  }
  out.offsets.push_back(s.size());
  return out;
}

// a[x, x + length) == b[y, y + length).
struct Match {
  int x = 0;
  int y = 0;
  int length = 0;
};

struct Point {
  int x = 0;
  int y = 0;
};

// The part a[x0, x1) of `a` compared with the part b[y0, y1) of `b`.
struct Box {
  int x0, x1, y0, y1;
};

constexpr int kNoLimit = INT_MAX;

// Myers' linear-space algorithm. A path through the edit graph of a box goes
// right (delete a[x]), down (insert b[y]) or diagonally (a[x] == b[y]);
// diagonal k holds the points with x - y == k. Within a box both searches
// use the box's own coordinates: fwd_[k] is the furthest x that a path of d
// edits from the top-left corner reaches on diagonal k, bwd_[k] the smallest
// x that a path of d edits back from the bottom-right corner reaches.
class Differ {
 public:
  Differ(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b)
      : a_(a),
        b_(b),
        fwd_(a.size() + b.size() + 3),
        bwd_(a.size() + b.size() + 3) {}

  // Records, in order, the matches of a minimal edit script for `box`, or
  // returns false when that script needs more than `limit` edits (some
  // matches may have been recorded then). Of equally short scripts it leans
  // to the one that matches text early, as a single greedy forward search
  // does: the common prefix is matched here, and the right half of a split
  // starts with the snake at the midpoint.
  bool Compare(Box box, int limit) {
    int prefix = 0;
    while (box.x0 + prefix < box.x1 && box.y0 + prefix < box.y1 &&
           a_[box.x0 + prefix] == b_[box.y0 + prefix]) {
      ++prefix;
    }
    AddMatch({box.x0, box.y0, prefix});
    box.x0 += prefix;
    box.y0 += prefix;
    if (box.x0 == box.x1 || box.y0 == box.y1) {
      // Only deletions or only insertions are left.
      return (box.x1 - box.x0) + (box.y1 - box.y0) <= limit;
    }
    const std::optional<Point> mid = Midpoint(box, limit);
    if (!mid) return false;
    Compare({box.x0, mid->x, box.y0, mid->y}, kNoLimit);
    Compare({mid->x, box.x1, mid->y, box.y1}, kNoLimit);
    return true;
  }

  const std::vector<Match>& matches() const { return matches_; }

 private:
  void AddMatch(const Match& m) {
    if (m.length == 0) return;
    if (!matches_.empty()) {
      Match& last = matches_.back();
      if (last.x + last.length == m.x && last.y + last.length == m.y) {
        last.length += m.length;
        return;
      }
    }
    matches_.push_back(m);
  }

  // A point on a minimal path through `box`, found where a forward search
  // from the top-left and a backward search from the bottom-right first
  // overlap (Myers 1986, 4b): the start of the snake there, so that the
  // point splits the box into two that each need fewer edits (or, when the
  // box needs one edit, into that edit and a match). REQUIRES: the box is
  // not empty on either side and its first code points differ. nullopt when
  // the box needs more than `limit` edits.
  std::optional<Point> Midpoint(const Box& box, int limit) {
    const int n = box.x1 - box.x0;
    const int m = box.y1 - box.y0;
    std::fill_n(fwd_.begin(), n + m + 3, -1);
    std::fill_n(bwd_.begin(), n + m + 3, INT_MAX);
    // When n - m is odd the edit count D is odd and the forward search
    // meets the backward one after ceil(D / 2) edits; when it is even, the
    // backward search meets the forward one after D / 2.
    const bool odd = ((n - m) & 1) != 0;
    for (int d = 0; d <= n + m; ++d) {
      if (odd && 2 * d - 1 > limit) return std::nullopt;
      if (auto p = ForwardStep(box, d, odd)) return p;
      if (!odd && 2 * d > limit) return std::nullopt;
      if (auto p = BackwardStep(box, d, !odd)) return p;
    }
    return std::nullopt;  // not reached: some d <= n + m always meets
  }

  // Extends the forward search to d edits; with `check`, returns where the
  // last snake of a forward path starts when that path reaches a point the
  // backward search has reached.
  std::optional<Point> ForwardStep(const Box& box, int d, bool check) {
    const int n = box.x1 - box.x0;
    const int m = box.y1 - box.y0;
    auto fwd = [&](int k) -> int& { return fwd_[k + m + 1]; };
    auto bwd = [&](int k) -> int& { return bwd_[k + m + 1]; };
    const Diagonals diagonals = StepDiagonals(0, d, n, m);
    for (int k = diagonals.high; k >= diagonals.low; k -= 2) {
      int x = d == 0 ? 0 : -1;
      // Down from diagonal k + 1, or right from diagonal k - 1; a point on
      // the box's edge may not go past it.
      if (d > 0 && fwd(k + 1) >= 0 && fwd(k + 1) - (k + 1) < m) x = fwd(k + 1);
      if (d > 0 && fwd(k - 1) >= 0 && fwd(k - 1) < n) {
        x = std::max(x, fwd(k - 1) + 1);
      }
      const int start = x;
      if (x >= 0) {
        while (x < n && x - k < m && a_[box.x0 + x] == b_[box.y0 + x - k]) {
          ++x;
        }
      }
      fwd(k) = x;
      if (check && x >= 0 && bwd(k) <= x) {
        return Point{box.x0 + start, box.y0 + start - k};
      }
    }
    return std::nullopt;
  }

  // Extends the backward search to d edits; with `check`, returns where the
  // last snake of a backward path ends (its top-left) when that path reaches
  // a point the forward search has reached.
  std::optional<Point> BackwardStep(const Box& box, int d, bool check) {
    const int n = box.x1 - box.x0;
    const int m = box.y1 - box.y0;
    const int delta = n - m;
    auto fwd = [&](int k) -> int& { return fwd_[k + m + 1]; };
    auto bwd = [&](int k) -> int& { return bwd_[k + m + 1]; };
    const Diagonals diagonals = StepDiagonals(delta, d, n, m);
    for (int k = diagonals.high; k >= diagonals.low; k -= 2) {
      int x = d == 0 ? n : INT_MAX;
      // Up from diagonal k - 1, or left from diagonal k + 1.
      if (d > 0 && bwd(k - 1) != INT_MAX && bwd(k - 1) - (k - 1) > 0) {
        x = bwd(k - 1);
      }
      if (d > 0 && bwd(k + 1) != INT_MAX && bwd(k + 1) > 0) {
        x = std::min(x, bwd(k + 1) - 1);
      }
      if (x != INT_MAX) {
        while (x > 0 && x - k > 0 &&
               a_[box.x0 + x - 1] == b_[box.y0 + x - k - 1]) {
          --x;
        }
      }
      bwd(k) = x;
      if (check && x != INT_MAX && fwd(k) >= x) {
        return Point{box.x0 + x, box.y0 + x - k};
      }
    }
    return std::nullopt;
  }

  // The diagonals of step d around `centre` (centre - d, centre - d + 2,
  // ..., centre + d) that cross a box of n by m. They are scanned from the
  // highest, so that of two paths that meet at once the one that went
  // further through `before` wins, deleting before it inserts.
  struct Diagonals {
    int high;
    int low;
  };
  static Diagonals StepDiagonals(int centre, int d, int n, int m) {
    Diagonals out{centre + d, centre - d};
    if (out.high > n) out.high -= (out.high - n + 1) / 2 * 2;
    if (out.low < -m) out.low += (-m - out.low + 1) / 2 * 2;
    return out;
  }

  const std::vector<uint32_t>& a_;
  const std::vector<uint32_t>& b_;
  std::vector<int> fwd_;
  std::vector<int> bwd_;
  std::vector<Match> matches_;
};

void Add(std::vector<DiffSpan>& out, DiffSpan::Kind kind,
         std::string_view text) {
  if (text.empty()) return;
  if (!out.empty() && out.back().kind == kind) {
    out.back().text += text;
  } else {
    out.push_back({kind, std::string(text)});
  }
}

// Code points [from, to) of `text`.
std::string_view Slice(std::string_view text, const Chars& chars, int from,
                       int to) {
  const size_t begin = chars.offsets[static_cast<size_t>(from)];
  return text.substr(begin, chars.offsets[static_cast<size_t>(to)] - begin);
}

// Between two matches, what `before` has is deleted and what `after` has is
// inserted, in that order.
std::vector<DiffSpan> SpansFromMatches(std::string_view before, const Chars& a,
                                       std::string_view after, const Chars& b,
                                       std::vector<Match> matches) {
  matches.push_back(
      {static_cast<int>(a.ids.size()), static_cast<int>(b.ids.size()), 0});
  std::vector<DiffSpan> out;
  int x = 0;
  int y = 0;
  for (const Match& m : matches) {
    Add(out, DiffSpan::kDelete, Slice(before, a, x, m.x));
    Add(out, DiffSpan::kInsert, Slice(after, b, y, m.y));
    Add(out, DiffSpan::kEqual, Slice(before, a, m.x, m.x + m.length));
    x = m.x + m.length;
    y = m.y + m.length;
  }
  return out;
}

}  // namespace

std::vector<DiffSpan> DiffChars(const std::string& before,
                                const std::string& after, int max_edits) {
  CharIds ids;
  const Chars a = Split(before, ids);
  const Chars b = Split(after, ids);
  Differ differ(a.ids, b.ids);
  const int n = static_cast<int>(a.ids.size());
  const int m = static_cast<int>(b.ids.size());
  if (differ.Compare({0, n, 0, m}, max_edits)) {
    return SpansFromMatches(before, a, after, b, differ.matches());
  }
  std::vector<DiffSpan> out;
  Add(out, DiffSpan::kDelete, before);
  Add(out, DiffSpan::kInsert, after);
  return out;
}

}  // namespace disclose
