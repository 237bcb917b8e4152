// 索引号 layouts: a layout's text ("{org}/{yyyy}-{nnnnn}") as tokens, and
// the site's rules for 索引号 (site.yaml `index_no:`, departments.yaml
// `index_no_layouts:`), checked when the site is loaded (D604, D605).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

class ConfigReader;
struct SiteConfig;

// One piece of a layout: literal text, or a placeholder.
struct IndexNoLayoutToken {
  enum Kind {
    kLiteral,    // written as it is: "/", "-", "YP-"
    kOrg,        // {org}: the department's organisation code
    kYear,       // {yyyy}
    kYearMonth,  // {yyyymm}
    kSerial,     // {nnnnn}: a serial of as many digits as there are n
  } kind = kLiteral;
  std::string literal;  // kLiteral
  size_t digits = 0;    // kYear 4, kYearMonth 6, kSerial the run's length
};

// A layout read into tokens; `error` (with `hint`) says why it cannot be
// one: an unknown placeholder, a '{' without '}', no serial, a placeholder
// twice, a serial longer than 9 digits.
struct IndexNoLayout {
  std::vector<IndexNoLayoutToken> tokens;
  Said error;  // empty when the layout is usable
  Said hint;

  bool HasOrg() const;
  // Begins with literal text that holds a letter, a digit or a Chinese
  // character ("YP-", "常财-", "430000/"): the site's own mark, which keeps
  // its numbers apart from other sites' even without {org}; `disclose new`
  // then numbers the site's documents in one sequence.
  bool HasLocalPrefix() const;
};

IndexNoLayout ParseIndexNoLayout(const std::string& layout);

// Reads site.yaml's `index_no:` into site: a plain text (one layout, the
// year of publication), a list of layouts (the year of publication too) or
// {layouts: [...], year_of: published|written}.
// Each layout is checked (D604), and one without {org} or a local prefix is
// refused (D605).
void ReadSiteIndexNo(const YamlNode& root, ConfigReader& r, SiteConfig& site,
                     Diagnostics& diags);

// Reads a department's `index_no_layouts:` (a list of layouts, checked as
// the site's; these may do without {org}, as only the department uses
// them).
std::vector<std::string> ReadDepartmentLayouts(const YamlNode& item,
                                               ConfigReader& r,
                                               Diagnostics& diags);

}  // namespace disclose
