// `portal:` of site.yaml (Portal in config.h): the footer's identifiers and
// the 纠错 address. Internal to config/ (ParseConfig reads it).
#pragma once

#include "config/config.h"
#include "config/config_reader.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// Reads `portal:` of root into *portal, reporting each bad value (D602) at
// its line.
void ReadPortal(const YamlNode& root, ConfigReader& r, Portal* portal);

// The 纠错 address for the page at page_url (absolute): portal's
// correction_url with {url} and {site_code} filled in, percent-encoded; ""
// when the site has none.
std::string CorrectionUrl(const Portal& portal, const std::string& page_url);

}  // namespace disclose
