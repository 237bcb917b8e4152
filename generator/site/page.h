// Page: what a page builder returns and the layout renders. Builders fill
// in data; the theme's templates turn it into HTML.
#pragma once

#include <string>

#include "base/value.h"

namespace disclose {

struct Page {
  std::string url;  // site-relative, e.g. "/assessments/2004-11/"
  std::string title;
  std::string description;
  std::string nav_current;            // the navigation entry to mark as current
  Value breadcrumbs = Value::List();  // after 首页: {name, url (linked)}
  std::string template_name;
  Value data = Value::Map();
};

}  // namespace disclose
