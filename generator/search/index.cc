#include "search/index.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "base/unicode.h"

namespace disclose {

namespace {

void PutVarint(uint64_t n, std::string& out) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7F) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

std::optional<uint64_t> GetVarint(const std::string& in, size_t& at) {
  uint64_t n = 0;
  for (int shift = 0; shift < 64 && at < in.size(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in[at++]);
    n |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return n;
  }
  return std::nullopt;
}

uint64_t Key(char32_t a, char32_t b) {
  return (static_cast<uint64_t>(a) << 32) | static_cast<uint64_t>(b);
}

// One occurrence of a bigram in the document being indexed.
struct Occurrence {
  uint64_t key;
  uint8_t field;
  uint32_t position;
};

// The postings of one key, as they grow document by document.
struct KeyPostings {
  std::string bytes;
  long long last_doc = -1;
};

// Appends doc's occurrences of one key (occurrences[begin, end), in field
// and position order) to its postings.
void Encode(uint32_t doc, const std::vector<Occurrence>& occurrences,
            size_t begin, size_t end, KeyPostings& to) {
  std::string& out = to.bytes;
  PutVarint(static_cast<uint64_t>(static_cast<long long>(doc) - to.last_doc),
            out);
  to.last_doc = doc;
  size_t fields = 0;
  for (size_t i = begin; i < end; ++i) {
    if (i == begin || occurrences[i].field != occurrences[i - 1].field) {
      ++fields;
    }
  }
  PutVarint(fields, out);
  for (size_t i = begin; i < end;) {
    size_t j = i;
    while (j < end && occurrences[j].field == occurrences[i].field) ++j;
    PutVarint(occurrences[i].field, out);
    PutVarint(j - i, out);
    uint32_t previous = 0;
    for (size_t k = i; k < j; ++k) {
      PutVarint(occurrences[k].position - previous, out);
      previous = occurrences[k].position;
    }
    i = j;
  }
}

}  // namespace

uint32_t SearchShardOf(char32_t a, char32_t b, size_t count) {
  uint32_t h = 2166136261U;
  for (char32_t c : {a, b}) {
    h ^= static_cast<uint32_t>(c);
    h *= 16777619U;
  }
  h ^= h >> 16;
  return static_cast<uint32_t>(h & (count - 1));
}

SearchIndex BuildSearchIndex(const std::vector<SearchText>& docs,
                             size_t target_shard_bytes) {
  SearchIndex index;
  std::unordered_map<uint64_t, KeyPostings> postings;
  std::vector<Occurrence> occurrences;
  for (size_t d = 0; d < docs.size(); ++d) {
    occurrences.clear();
    for (size_t f = 0; f < kSearchFields; ++f) {
      const std::u32string folded = FoldForSearch(docs[d].fields[f]);
      if (f == static_cast<size_t>(SearchField::kTitle)) {
        index.title_lengths.push_back(folded.size());
      }
      for (size_t i = 0; i + 1 < folded.size(); ++i) {
        occurrences.push_back({Key(folded[i], folded[i + 1]),
                               static_cast<uint8_t>(f),
                               static_cast<uint32_t>(i)});
      }
    }
    std::stable_sort(
        occurrences.begin(), occurrences.end(),
        [](const Occurrence& x, const Occurrence& y) { return x.key < y.key; });
    for (size_t i = 0; i < occurrences.size();) {
      size_t j = i;
      while (j < occurrences.size() &&
             occurrences[j].key == occurrences[i].key) {
        ++j;
      }
      Encode(static_cast<uint32_t>(d), occurrences, i, j,
             postings[occurrences[i].key]);
      i = j;
    }
  }

  size_t total = 0;
  for (const auto& [key, p] : postings) total += p.bytes.size() + 8;
  size_t count = 1;
  while (count < 65536 && count * target_shard_bytes < total) count *= 2;

  // Each shard's keys in ascending order.
  std::vector<std::vector<uint64_t>> keys(count);
  for (const auto& [key, p] : postings) {
    keys[SearchShardOf(static_cast<char32_t>(key >> 32),
                       static_cast<char32_t>(key & 0xFFFFFFFFU), count)]
        .push_back(key);
  }
  index.keys = postings.size();
  index.shards.resize(count);
  for (size_t s = 0; s < count; ++s) {
    std::sort(keys[s].begin(), keys[s].end());
    std::string& out = index.shards[s];
    PutVarint(keys[s].size(), out);
    for (uint64_t key : keys[s]) {
      const std::string& bytes = postings[key].bytes;
      PutVarint(key >> 32, out);
      PutVarint(key & 0xFFFFFFFFU, out);
      PutVarint(bytes.size(), out);
      out += bytes;
    }
  }
  return index;
}

std::map<std::pair<char32_t, char32_t>, std::vector<SearchPosting>>
ReadSearchShard(const std::string& shard) {
  std::map<std::pair<char32_t, char32_t>, std::vector<SearchPosting>> read;
  size_t at = 0;
  const auto keys = GetVarint(shard, at);
  if (!keys) return {};
  for (uint64_t k = 0; k < *keys; ++k) {
    const auto a = GetVarint(shard, at);
    const auto b = GetVarint(shard, at);
    const auto length = GetVarint(shard, at);
    if (!a || !b || !length || *length > shard.size() - at) return {};
    const size_t end = at + *length;
    auto& list = read[{static_cast<char32_t>(*a), static_cast<char32_t>(*b)}];
    long long doc = -1;
    while (at < end) {
      const auto delta = GetVarint(shard, at);
      const auto fields = GetVarint(shard, at);
      if (!delta || !fields) return {};
      doc += static_cast<long long>(*delta);
      SearchPosting posting;
      posting.doc = static_cast<uint32_t>(doc);
      for (uint64_t f = 0; f < *fields; ++f) {
        const auto field = GetVarint(shard, at);
        const auto n = GetVarint(shard, at);
        if (!field || !n || *field >= kSearchFields || *n > end - at) return {};
        auto& positions = posting.positions[static_cast<SearchField>(*field)];
        uint32_t position = 0;
        for (uint64_t i = 0; i < *n; ++i) {
          const auto gap = GetVarint(shard, at);
          if (!gap) return {};
          position += static_cast<uint32_t>(*gap);
          positions.push_back(position);
        }
      }
      list.push_back(std::move(posting));
    }
    if (at != end) return {};
  }
  if (at != shard.size()) return {};
  return read;
}

}  // namespace disclose
