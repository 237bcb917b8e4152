// lists: the pages that list documents. Every section, category,
// department, year and type has a list (paginated, site/pagination.h) and
// an index of its groups; the catalogue (政府信息公开目录) lists every
// document with links to narrow it; the home page shows the latest and
// the groups; and the page for addresses that do not exist.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/value.h"
#include "model/document.h"
#include "site/context.h"
#include "site/page.h"

namespace disclose {

// A group of listed documents: a section, a category, a department ...
struct Group {
  std::string name;
  std::string url;     // its list, site-relative
  std::string detail;  // a line under its name in the index, or ""
  std::vector<const Document*> docs;  // newest first
  // The URL of the group it is part of (a category's parent), or "": the
  // indexes show it under that group.
  std::string parent_url;
  // Its newest documents have an Atom feed (GroupFeed of site/feeds.h),
  // which its list pages name: sections, departments and categories.
  bool feed = false;
};

// The site's groups, each in the order of its configuration.
struct SiteGroups {
  std::vector<Group> sections, categories, departments, years, types;
  // By department list URL: the card at the top of its list ({rows}, and
  // {record} when the site holds window assessments).
  std::map<std::string, Value> department_cards;
};

SiteGroups CollectGroups(const SiteContext& ctx);

// What a group's feed calls it: a category's path 父\子, a department's
// full name, or its name.
std::string GroupFeedName(const Group& g);
// The link to a group's feed that its pages carry in their <head>.
FeedLink GroupFeedLink(const SiteContext& ctx, const Group& g);

// A list of documents at base_url, page_size a page, each page's data
// {list: {title, description, total, docs, page_label, pagination} and the
// entries of extra}.
struct ListSpec {
  std::string base_url;
  std::string title;
  std::string description;
  std::string nav_current;
  Value breadcrumbs = Value::List();
  const std::vector<const Document*>* docs = nullptr;
  Value extra = Value::Map();
  std::vector<FeedLink> feeds;  // named in each page's <head>
};
std::vector<Page> ListPages(const SiteContext& ctx, const ListSpec& spec);

// Each section's list; by_section: extra data for a section's list, by
// its URL (the window overview of site/records.h).
std::vector<Page> SectionPages(const SiteContext& ctx,
                               const std::vector<Group>& sections,
                               const std::map<std::string, Value>& by_section);

// The index of groups at index_url, and each group's list with its card
// from `cards` (by the group's URL), if any.
std::vector<Page> GroupPages(const SiteContext& ctx,
                             const std::string& index_url,
                             const std::string& index_title,
                             const std::vector<Group>& groups,
                             const std::map<std::string, Value>& cards = {});

std::vector<Page> CataloguePages(const SiteContext& ctx,
                                 const SiteGroups& groups);
// The home page: the newest documents, the latest updates (`recent`, from
// site/updates.h; empty without a history) and the groups.
Page HomePage(const SiteContext& ctx, const SiteGroups& groups,
              Value recent = Value::List());
// /sitemap/, 网站地图: the site's own pages, every list under its index,
// and every feed.
Page SiteMapPage(const SiteContext& ctx, const SiteGroups& groups);
Page NotFoundPage(const SiteContext& ctx);

}  // namespace disclose
