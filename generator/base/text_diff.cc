#include "base/text_diff.h"

#include "base/text.h"

namespace disclose {

namespace {

void Add(std::vector<DiffSpan>& out, DiffSpan::Kind kind,
         const std::string& text) {
  if (!out.empty() && out.back().kind == kind) {
    out.back().text += text;
  } else {
    out.push_back({kind, text});
  }
}

}  // namespace

std::vector<DiffSpan> DiffChars(const std::string& before,
                                const std::string& after, int max_edits) {
  const std::vector<std::string> a = SplitChars(before);
  const std::vector<std::string> b = SplitChars(after);
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int max = std::min(n + m, max_edits);
  const int offset = max + 1;
  std::vector<int> v(static_cast<size_t>(2 * max + 3), 0);
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= max && found < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x;
      if (k == -d || (k != d && v[static_cast<size_t>(offset + k - 1)] <
                                    v[static_cast<size_t>(offset + k + 1)])) {
        x = v[static_cast<size_t>(offset + k + 1)];
      } else {
        x = v[static_cast<size_t>(offset + k - 1)] + 1;
      }
      int y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] ==
                                   b[static_cast<size_t>(y)]) {
        ++x;
        ++y;
      }
      v[static_cast<size_t>(offset + k)] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<DiffSpan> out;
  if (found < 0) {
    if (!before.empty()) out.push_back({DiffSpan::kDelete, before});
    if (!after.empty()) out.push_back({DiffSpan::kInsert, after});
    return out;
  }
  // Walk back through the saved frontiers, collecting single steps.
  std::vector<std::pair<DiffSpan::Kind, int>> steps;  // kind, index
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& pv = trace[static_cast<size_t>(d)];
    const int k = x - y;
    int prev_k;
    if (k == -d || (k != d && pv[static_cast<size_t>(offset + k - 1)] <
                                  pv[static_cast<size_t>(offset + k + 1)])) {
      prev_k = k + 1;
    } else {
      prev_k = k - 1;
    }
    const int prev_x = pv[static_cast<size_t>(offset + prev_k)];
    const int prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      steps.push_back({DiffSpan::kEqual, --x});
      --y;
    }
    if (x == prev_x) {
      steps.push_back({DiffSpan::kInsert, --y});
    } else {
      steps.push_back({DiffSpan::kDelete, --x});
    }
  }
  while (x > 0 && y > 0) {
    steps.push_back({DiffSpan::kEqual, --x});
    --y;
  }
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
    const auto& [kind, index] = *it;
    Add(out, kind,
        kind == DiffSpan::kInsert ? b[static_cast<size_t>(index)]
                                  : a[static_cast<size_t>(index)]);
  }
  return out;
}

}  // namespace disclose
