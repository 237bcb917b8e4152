// Placeholders: what `disclose new` writes where the author still has to
// fill something in. A value that holds the marker 【待填写】 is reported by
// `disclose check` as still a placeholder (D299), with the field's label and
// an example, and is otherwise left unchecked: the one message says what to
// do.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "config/config.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// The marker. `disclose new` writes it followed by the field's label, e.g.
// "【待填写】标题".
inline constexpr char kPlaceholderMarker[] = "【待填写】";

// The placeholder `disclose new` writes for a field: the marker and the
// field's label.
std::string PlaceholderFor(const FieldSpec& spec);

// True when node is a scalar holding the marker.
bool IsPlaceholder(const YamlNode& node);

// When node is a placeholder, adds the D299 error ("<name> is still a
// placeholder", with the field's example as the hint) and returns true.
// name: the field as messages name it, e.g. "标题 (title)".
bool ReportPlaceholder(const FieldSpec& spec, const YamlNode& node,
                       const Said& name, const std::string& path,
                       Diagnostics& diags);

// A YAML value written on one line in flow style, for examples in hints and
// in scaffold comments: 湘价费〔2004〕12号, [政务公开, 窗口],
// [{authority: 湖南省物价局, doc_no: 湘价费〔2004〕12号}]. "" for nothing.
std::string FlowText(const YamlNode& node);

}  // namespace disclose
