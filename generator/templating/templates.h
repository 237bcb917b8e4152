// templating: the theme's mustache templates (kainjow mustache, included only
// in templates.cc). Data is a Value; values are HTML-escaped except in
// triple mustaches, which themes use only for fields named *_html.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "base/status.h"
#include "base/value.h"

namespace disclose {

class TemplateSet {
 public:
  // templates and partials: name -> source text, with the file each came
  // from in `paths` (for diagnostics). A template that does not parse is a
  // diagnostic D700 at its file.
  static std::unique_ptr<TemplateSet> Create(
      const std::map<std::string, std::string>& templates,
      const std::map<std::string, std::string>& partials,
      const std::map<std::string, std::string>& paths, Diagnostics& diags);
  ~TemplateSet();

  bool Has(const std::string& name) const;

  // An independent copy (with the same globals), for another thread.
  std::unique_ptr<TemplateSet> Clone() const;

  // Values every render sees at the top level (e.g. the site and the
  // interface strings), converted once. A key of `data` hides a global.
  void SetGlobals(const Value& globals);

  // Renders template `name` with data (a map). Partials ({{> header}}) are
  // expanded when the set is created. Fails when the template is unknown or
  // rendering reports an error. Not safe to call from two threads at once.
  StatusOr<std::string> Render(const std::string& name,
                               const Value& data) const;

 private:
  TemplateSet();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose
