// feeds: what machines read. The Atom feeds (one writer for the site's
// feed of new documents and the updates feed of publications), the
// sitemap and robots.txt.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "model/output.h"
#include "site/context.h"

namespace disclose {

// Feeds carry dates, not times: each date is written as its midnight in
// this time zone, China Standard Time, where the documents are published.
inline constexpr char kFeedTimeZone[] = "+08:00";
// The `updated` date of a feed with no entries.
inline constexpr char kEmptyFeedDate[] = "2000-01-01";
// How many of the newest documents the site's feed holds.
inline constexpr size_t kSiteFeedEntries = 50;

struct AtomEntry {
  std::string title;
  std::string id;       // an absolute URL, unique in the feed
  std::string link;     // absolute URL
  std::string updated;  // YYYY-MM-DD
  std::string summary;  // optional
  std::string author;   // optional
};

struct AtomFeed {
  std::string language;  // xml:lang
  std::string title;
  std::string id;       // absolute URL
  std::string link;     // the page the feed is about
  std::string self;     // the feed's own address
  std::string updated;  // YYYY-MM-DD
  std::string author;
  std::vector<AtomEntry> entries;
};

// The feed as Atom 1.0 XML (RFC 4287), every text escaped.
std::string WriteAtom(const AtomFeed& feed);

// feed.xml: the newest listed documents.
AtomFeed SiteFeed(const SiteContext& ctx);

// The feed of one list's newest documents (a section's, a department's, a
// category's), at GroupFeedUrl(url): titled after name, about the list at
// url (site-relative); docs newest first.
AtomFeed GroupFeed(const SiteContext& ctx, const std::string& name,
                   const std::string& url,
                   const std::vector<const Document*>& docs);
inline std::string GroupFeedUrl(const std::string& list_url) {
  return list_url + "feed.xml";
}

// sitemap.xml: the address of every page in files (paths ending in
// index.html), sorted, except those of withdrawn documents, which stay
// reachable but are not offered to crawlers. A document's pages carry the
// date of the version they show as <lastmod>, from the published history.
std::string Sitemap(const SiteContext& ctx,
                    const std::vector<OutputFile>& files);

// robots.txt: everything allowed; where the sitemap is.
std::string RobotsTxt(const SiteContext& ctx);

}  // namespace disclose
