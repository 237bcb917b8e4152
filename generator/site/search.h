// search: the site's search page (/search/) and the static files its
// script queries (search/meta.json, search/shards/<n>.bin, one
// search/docs/<id>.json per listed document; generator/search/index.h has
// the format). Withdrawn documents are not indexed; document ids are the
// order of SiteContext::listed, newest first, so the script ranks newer
// documents first among equal matches by their ids alone.
#pragma once

#include <vector>

#include "model/output.h"
#include "site/context.h"
#include "site/lists.h"
#include "site/page.h"

namespace disclose {

struct SiteSearch {
  // The index, the manifest and the per-document files.
  std::vector<OutputFile> files;
  // The search page: the form with its filters (the groups' values), the
  // script's settings and, for readers without JavaScript, links to the
  // catalogue and the indexes instead of results.
  Page page;
};

SiteSearch BuildSearch(const SiteContext& ctx, const SiteGroups& groups);

}  // namespace disclose
