// updates: every publication that changed documents, newest first, as the
// page /updates/ and its Atom feed /updates/feed.xml.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "site/context.h"
#include "site/feeds.h"
#include "site/page.h"

namespace disclose {

struct DocumentUpdate {
  const char* kind;  // its interface string: update_added, update_amended,
                     // update_repealed or update_withdrawn
  const Document* doc;
};

struct PublishedUpdates {
  std::string date;                     // YYYY-MM-DD
  std::vector<DocumentUpdate> updates;  // added, amended, repealed, withdrawn
};

// The publications of ctx.history that changed a document of the site,
// newest first. One that changed only the presentation is no update.
std::vector<PublishedUpdates> CollectPublications(const SiteContext& ctx);

// The link to updates/feed.xml that the updates page and the home page
// carry in their <head>.
FeedLink UpdatesFeedLink(const SiteContext& ctx);

// The latest `count` document updates of the publications, newest first,
// for the home page: {date, kind, title, url} each.
Value RecentUpdates(const SiteContext& ctx,
                    const std::vector<PublishedUpdates>& publications,
                    size_t count);

Page UpdatesPage(const SiteContext& ctx,
                 const std::vector<PublishedUpdates>& publications);
AtomFeed UpdatesFeed(const SiteContext& ctx,
                     const std::vector<PublishedUpdates>& publications);

}  // namespace disclose
