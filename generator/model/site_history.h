// The published history as the site shows it: every version of every
// document, and every publication, including the one being built now
// ("pending") when the content differs from the last publication.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/value.h"

namespace disclose {

struct DocumentVersion {
  int number = 0;           // 1, 2, ...
  std::string date;         // YYYY-MM-DD of its publication
  std::string change_note;  // 更新说明 of that version ("" for the first)
  Value record;             // its index.json
  bool pending = false;     // not yet committed
};

struct PublicationEntry {
  std::string date;
  std::string subject;
  std::string commit;  // "" when pending
  std::vector<std::string> added, amended, repealed, withdrawn;  // 索引号
};

struct SiteHistory {
  // By 索引号, oldest first; every current document has at least one.
  std::map<std::string, std::vector<DocumentVersion>> versions;
  std::vector<PublicationEntry> publications;  // oldest first
};

}  // namespace disclose
