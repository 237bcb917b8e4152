#include "site/updates.h"

#include "site/versions.h"

namespace disclose {

std::vector<PublishedUpdates> CollectPublications(const SiteContext& ctx) {
  std::vector<PublishedUpdates> out;
  if (ctx.history == nullptr) return out;
  const auto& list = ctx.history->publications;
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    PublishedUpdates p{it->date, {}};
    auto add = [&](const std::vector<std::string>& ids, const char* kind) {
      for (const auto& id : ids) {
        auto d = ctx.by_index_no.find(id);
        if (d != ctx.by_index_no.end()) p.updates.push_back({kind, d->second});
      }
    };
    add(it->added, "update_added");
    add(it->amended, "update_amended");
    add(it->repealed, "update_repealed");
    add(it->withdrawn, "update_withdrawn");
    if (!p.updates.empty()) out.push_back(std::move(p));
  }
  return out;
}

FeedLink UpdatesFeedLink(const SiteContext& ctx) {
  return {ctx.Format("updates_feed_title", {{"site", ctx.config.site.title}}),
          "/updates/feed.xml"};
}

Value RecentUpdates(const SiteContext& ctx,
                    const std::vector<PublishedUpdates>& publications,
                    size_t count) {
  Value recent = Value::List();
  for (const auto& p : publications) {
    for (const auto& u : p.updates) {
      if (recent.list().size() == count) return recent;
      Value item = Value::Map();
      item.Set("date", p.date);
      item.Set("kind", ctx.T(u.kind));
      item.Set("title", u.doc->title);
      item.Set("url", ctx.Link(u.doc->url));
      recent.Push(std::move(item));
    }
  }
  return recent;
}

Page UpdatesPage(const SiteContext& ctx,
                 const std::vector<PublishedUpdates>& publications) {
  Value pubs = Value::List();
  for (const auto& p : publications) {
    Value items = Value::List();
    for (const auto& u : p.updates) {
      Value item = Value::Map();
      item.Set("kind", ctx.T(u.kind));
      item.Set("title", u.doc->title);
      item.Set("index_no", u.doc->index_no);
      item.Set("url", ctx.Link(u.doc->url));
      item.Set("history_url", ctx.Link(HistoryUrl(*u.doc)));
      items.Push(std::move(item));
    }
    Value pub = Value::Map();
    pub.Set("date", p.date);
    pub.Set("items", std::move(items));
    pubs.Push(std::move(pub));
  }
  Value updates = Value::Map();
  if (!pubs.list().empty()) updates.Set("has_publications", true);
  updates.Set("publications", std::move(pubs));
  updates.Set("feed_url", ctx.Link(UpdatesFeedLink(ctx).url));
  Page page;
  page.url = "/updates/";
  page.title = ctx.T("updates");
  page.nav_current = page.url;
  page.breadcrumbs.Push(Crumb(ctx.T("updates")));
  page.template_name = "updates";
  page.feeds.push_back(UpdatesFeedLink(ctx));
  page.data.Set("updates", std::move(updates));
  return page;
}

AtomFeed UpdatesFeed(const SiteContext& ctx,
                     const std::vector<PublishedUpdates>& publications) {
  const SiteConfig& site = ctx.config.site;
  AtomFeed feed;
  feed.language = site.language;
  feed.title = ctx.Format("updates_feed_title", {{"site", site.title}});
  feed.id = site.base_url + "updates/";
  feed.link = feed.id;
  feed.self = site.base_url + "updates/feed.xml";
  feed.updated =
      publications.empty() ? kEmptyFeedDate : publications.front().date;
  feed.author = site.publisher_name;
  for (const auto& p : publications) {
    for (const auto& u : p.updates) {
      const std::string link = site.base_url + u.doc->url.substr(1);
      AtomEntry e;
      e.title = ctx.Format("update_entry_title",
                           {{"kind", ctx.T(u.kind)}, {"title", u.doc->title}});
      // One document may change in several publications, in several ways.
      e.id = link + "#" + p.date + "-" + u.kind;
      e.link = link;
      e.updated = p.date;
      feed.entries.push_back(std::move(e));
    }
  }
  return feed;
}

}  // namespace disclose
