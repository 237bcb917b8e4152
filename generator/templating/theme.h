// A theme: its templates and partials, its interface strings and its static
// assets, read from the files `load` gathered under themes/<name>/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/value.h"
#include "model/source.h"
#include "templating/templates.h"

namespace disclose {

struct Theme {
  std::unique_ptr<TemplateSet> templates;
  Value strings = Value::Map();    // i18n/<language>.yaml, flat key -> text
  std::vector<SourceFile> assets;  // static/**, path relative to static/
};

// Reads templates/*.mustache, partials/*.mustache, static/** and
// i18n/<language>.yaml. Problems are diagnostics (D700, D701).
Theme LoadTheme(const SiteSources& sources, const std::string& language,
                Diagnostics& diags);

}  // namespace disclose
