// broken: a reference that leads nowhere, and the diagnostic that says so
// to the staff who wrote it (D900, D901). Include only from links/.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "links/address.h"
#include "links/page_links.h"
#include "model/source.h"

namespace disclose {

struct BrokenReference {
  ReferenceKind kind = ReferenceKind::kLink;
  std::string target;  // as written on the page
  Destination destination;
  // D901: the file is there, but not the anchor `destination.fragment`.
  bool anchor = false;
  std::string page;  // the output path of the page it is on
  int page_line = 0;
  int page_column = 0;
  // D900: the file the site lacks ("nowhere/index.html"); "" when the
  // address is outside the site's path. D901: the page that lacks the anchor.
  std::string missing;
  // A near path of the site (D900, without the site's path) or anchor of
  // the page (D901) to offer; "" when none is near.
  std::string suggestion;
  // The page is a frozen copy of an earlier version n of its document.
  int frozen_version = 0;
};

// The diagnostic for b: at `source`, the file of the document whose page
// b is on (with `locate`, at the line and column that write b.target when
// the file holds it; else at the file), or at the page's own path and line
// when source is null. base_path: the site's path ("/", "/gov/").
Diagnostic DescribeBroken(const BrokenReference& b, const SourceFile* source,
                          bool locate, const std::string& base_path);

}  // namespace disclose
