// search: the index the site's search page queries, built from the listed
// documents and served as static files; themes/default/static/search.js
// reads it.
//
// Text is compared as FoldForSearch (base/unicode.h) folds it: letters,
// marks and numbers only, compatibility forms, lower case. Every pair of
// adjacent folded characters of a field (a bigram) is a key; its postings
// say in which documents, fields and positions it occurs. A query of two or
// more characters is found where all its bigrams occur at consecutive
// positions of one field, so every result holds what was typed, and no
// word list or segmenter is needed for Chinese.
//
// The keys are spread over a power-of-two number of shards by a hash
// (SearchShardOf), so that a query fetches only the shards of its bigrams.
// A shard, all numbers unsigned LEB128 varints:
//
//   shard    := count, key*                      keys in ascending order
//   key      := first, second, length, postings  (code points; bytes)
//   postings := document*                        ascending
//   document := delta, fields, field*            delta from the previous
//                                                document (+1 for the first)
//   field    := field id, count, position, gap*  (SearchField; ascending)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace disclose {

// Where a match is; the order is the ranking's (exact title first, then
// title, 文号 and 索引号, keywords, summary, body).
enum class SearchField : uint8_t {
  kTitle = 0,
  kDocNo = 1,
  kIndexNo = 2,
  kKeywords = 3,
  kSummary = 4,
  kBody = 5,
};
constexpr size_t kSearchFields = 6;

// The text of one document's fields, by SearchField.
struct SearchText {
  std::array<std::string, kSearchFields> fields;
};

struct SearchIndex {
  std::vector<std::string> shards;  // binary, as above
  // Per document, its title's length in folded characters (a match of the
  // whole title is an exact title match).
  std::vector<size_t> title_lengths;
  size_t keys = 0;  // distinct bigrams
};

// Builds the index of docs; document ids are their positions in docs.
// Shards hold about target_shard_bytes each.
SearchIndex BuildSearchIndex(const std::vector<SearchText>& docs,
                             size_t target_shard_bytes);

// The shard of bigram (a, b) among `count` (a power of two): FNV-1a over
// the two code points, the same in search.js.
uint32_t SearchShardOf(char32_t a, char32_t b, size_t count);

// One document's occurrences of a key: positions by field.
struct SearchPosting {
  uint32_t doc = 0;
  std::map<SearchField, std::vector<uint32_t>> positions;
};

// A shard read back: postings by bigram. Empty when the bytes are not a
// shard. For tests and tools; the site's reader is search.js.
std::map<std::pair<char32_t, char32_t>, std::vector<SearchPosting>>
ReadSearchShard(const std::string& shard);

}  // namespace disclose
