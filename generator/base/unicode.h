// Unicode normalisation, the one place that speaks to utf8proc. Names that
// look alike may be written with different code points: a CJK compatibility
// ideograph (U+F900-U+FAFF) for its unified twin, "é" as e and a combining
// accent. Lookups and duplicate checks compare names in NFC.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace disclose {

// text in Unicode Normalization Form C. Text that is not valid UTF-8 is
// returned as it is (the checks that read it report it).
std::string Nfc(std::string_view text);

// The characters a search compares, one per character of text that is a
// letter, a mark or a number (punctuation, symbols and spaces are left
// out): the text is put in NFC, then each character in its compatibility
// form (NFKC of that character alone: fullwidth "Ａ１" as "a1") and
// lowercased. themes/default/static/search.js folds a query the same way,
// so both must change together. When `from` is given, it receives for each
// character kept the byte offset in the NFC text of the character it came
// from. Text that is not valid UTF-8 folds to nothing.
std::u32string FoldForSearch(std::string_view text,
                             std::vector<size_t>* from = nullptr);

}  // namespace disclose
