// Unicode normalisation, the one place that speaks to utf8proc. Names that
// look alike may be written with different code points: a CJK compatibility
// ideograph (U+F900-U+FAFF) for its unified twin, "é" as e and a combining
// accent. Lookups and duplicate checks compare names in NFC.
#pragma once

#include <string>
#include <string_view>

namespace disclose {

// text in Unicode Normalization Form C. Text that is not valid UTF-8 is
// returned as it is (the checks that read it report it).
std::string Nfc(std::string_view text);

}  // namespace disclose
