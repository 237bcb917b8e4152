// What every page builder of the site reads: the configuration, the theme's
// interface strings, the documents in the orders the pages list them, and
// the published history. Read-only once made, so builders may share it
// across threads.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/value.h"
#include "config/config.h"
#include "model/document.h"
#include "model/site_history.h"

namespace disclose {

// A placeholder of an interface string and its value: {"n", "2"} fills
// "{n}".
using StringArgs = std::initializer_list<std::pair<const char*, std::string>>;

// pattern with every {name} of args replaced by its value.
std::string FormatString(std::string pattern, StringArgs args);

struct SiteContext {
  const Config& config;
  const Value& strings;                  // the theme's interface strings
  const SiteHistory* history = nullptr;  // null when there is none
  std::vector<const Document*> listed;   // not withdrawn, newest first
  std::map<std::string, const Document*> by_index_no;  // every document
  // By 索引号: the listed documents that name it as repealed_by, newest
  // first.
  std::map<std::string, std::vector<const Document*>> repealed;

  // A site-relative URL ("/a/b/") with the site's base path.
  std::string Link(const std::string& url) const;
  // The interface string `key` (the key itself when the table lacks it;
  // tests/site/strings_test.cc checks that both tables have every key).
  std::string T(const char* key) const;
  // The interface string `key` with its placeholders filled.
  std::string Format(const char* key, StringArgs args) const;
  // The short name of a department, or its id when unknown.
  std::string DepartmentName(const std::string& id) const;
  // The documents doc repealed (empty when none).
  const std::vector<const Document*>& Repealed(const Document& doc) const;
};

// REQUIRES: docs outlive the context.
SiteContext MakeSiteContext(const Config& config,
                            const std::vector<Document>& docs,
                            const Value& strings, const SiteHistory* history);

// A breadcrumb: {name, url}; the last one, the page itself, has no url.
Value Crumb(const std::string& name, const std::string& url = "");

// Sets key to text unless text is empty (templates test for the key).
void SetIf(Value& map, const std::string& key, const std::string& text);

// A count as a template number.
inline Value Count(size_t n) {
  return Value::Number(static_cast<long long>(n));
}

}  // namespace disclose
