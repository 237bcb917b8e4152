// Characters in documents that are errors or warnings wherever they stand:
// the control characters (see FindControlChar in base/text.h; found in the
// YAML by frontmatter/yaml_parse and in the body by ReportControlChars) and,
// in the fields people read as names, the invisible ones.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "config/config.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// A front matter field as messages name it, by its schema label and key
// path: "标题 (title)", "主题词 (keywords[2])", "文号 (legal_basis[1].doc_no)".
// The schema is that of the document's type; a field it does not know is
// named by its key path alone. In Chinese the parentheses are full-width:
// "标题（title）".
Said FrontMatterFieldSaid(const Config& config, const YamlNode& root,
                          const std::string& keypath);
// Its English form; the YamlFieldNamer for documents as long as that names
// a field in one language only.
std::string FrontMatterFieldName(const Config& config, const YamlNode& root,
                                 const std::string& keypath);

// The fields whose text is read as a name: 标题 (title) and 发文机关
// (issuer, one name or a list). Each one holding a bidi override or isolate
// or a zero-width character (IsInvisibleChar) gets a D110 warning at its
// value, naming the first such character.
void WarnInvisibleChars(const Config& config, const YamlNode& root,
                        const std::string& path, Diagnostics& diags);

}  // namespace disclose
