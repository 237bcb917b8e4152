// The sample site of the repository (content/ and themes/), read once per
// fuzzing process: the configuration, schemas and theme that the fuzz
// targets check and render their inputs against, as `check` and `build` do
// for a real site.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostic.h"
#include "config/config.h"
#include "model/source.h"
#include "templating/theme.h"

namespace disclose::fuzz {

struct SampleSite {
  SiteSources sources;
  Config config;
  Theme theme;
};

// Read on the first call; later calls return the same site. Aborts, with
// the reason on stderr, when the sample cannot be read or does not check
// cleanly: that is a broken checkout, not a finding.
const SampleSite& Sample();

// The bytes as text.
inline std::string Text(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Where a document would have to be for its section and year folder to
// agree with what it says (D108, D214), so that valid inputs go on to be
// rendered: content/<section of its type>/<year of published:>/fuzz.md,
// read from the raw lines "type:" and "published:".
std::string DocumentPath(const std::string& text);

// Every way the product prints diagnostics (the CLI's text, the
// terminal's, JSON for editors), in both languages, so that the messages
// built from hostile values are exercised too. The results are dropped.
void FormatAll(const Diagnostics& diags);

}  // namespace disclose::fuzz
