// links: `disclose check --links`. Every reference of every page of the
// built site that stays on the site is followed: links (<a href>, <link>),
// assets (<script src>, <img src/srcset>, media, frames), form actions, and
// "#fragment"s to the anchors of their page. Each one that leads nowhere is
// a diagnostic (D900 no such file, D901 no such anchor), reported once per
// page and target. Addresses elsewhere (another host, mailto:, tel:) are not
// followed: this stage reads the built site only, never the network.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/output.h"
#include "model/source.h"

namespace disclose {

// A document and the folder its pages are in, so that a broken reference on
// one of them is reported at the document's file (at the line that writes
// it, when the file holds it).
struct LinkedDocument {
  std::string folder;  // in the output: "notices/2005/x/" (no leading '/')
  const SourceFile* source = nullptr;  // REQUIRES: not null
};

struct LinkOptions {
  // site.yaml's base_url (absolute, ends with '/'): a full address under it
  // is followed like a path of the site, and a path outside its path (on a
  // site served under /gov/) leads nowhere.
  std::string base_url;
  std::vector<LinkedDocument> documents;
};

struct LinkStats {
  size_t pages = 0;       // HTML pages read
  size_t references = 0;  // references to the site followed
};

// REQUIRES: files have unique paths (as RenderSite returns them).
// The diagnostics, sorted. A reference on a frozen copy of an earlier
// version (<folder>v/<n>/, n below the document's latest) is a warning: that
// version is kept as it was published. Every other one is an error.
Diagnostics CheckLinks(const std::vector<OutputFile>& files,
                       const LinkOptions& opts, LinkStats* stats = nullptr);

}  // namespace disclose
