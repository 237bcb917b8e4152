// Page: what a page builder returns and the layout renders. Builders fill
// in data; the theme's templates turn it into HTML.
#pragma once

#include <string>
#include <vector>

#include "base/value.h"

namespace disclose {

// An Atom feed a page names in its <head> (beside the site's own feed).
struct FeedLink {
  std::string title;
  std::string url;  // site-relative, e.g. "/departments/zwzx/feed.xml"
};

struct Page {
  std::string url;  // site-relative, e.g. "/assessments/2004-11/"
  std::string title;
  std::string description;
  std::string nav_current;            // the navigation entry to mark as current
  Value breadcrumbs = Value::List();  // after 首页: {name, url (linked)}
  std::string template_name;
  Value data = Value::Map();
  std::vector<FeedLink> feeds;       // the feeds of what the page belongs to
  std::vector<std::string> scripts;  // the theme's scripts it needs, by name
  std::string version;  // which version a printout shows ("第 2 版 …"), or ""
};

}  // namespace disclose
