#include "site/lists.h"

#include <algorithm>
#include <functional>
#include <map>

#include "site/feeds.h"
#include "site/pagination.h"

namespace disclose {

namespace {

// How many of the latest documents the home page shows.
constexpr size_t kHomeDocuments = 10;

// A row of the document tables (partials/doc-table).
Value DocRow(const SiteContext& ctx, const Document& doc) {
  Value row = Value::Map();
  row.Set("index_no", doc.index_no);
  row.Set("title", doc.title);
  row.Set("url", ctx.Link(doc.url));
  row.Set("department_name", ctx.DepartmentName(doc.department));
  row.Set("published", doc.published.ToString());
  row.Set("doc_no", doc.doc_no);
  row.Set("validity", doc.validity);
  return row;
}

// docs[begin, end) as table rows.
Value DocRows(const SiteContext& ctx, const std::vector<const Document*>& docs,
              size_t begin, size_t end) {
  Value rows = Value::List();
  for (size_t i = begin; i < std::min(end, docs.size()); ++i) {
    rows.Push(DocRow(ctx, *docs[i]));
  }
  return rows;
}

// {name, url, count, detail, children} for each group (those with
// documents only, when skip_empty); a group with a parent_url is among the
// `children` of that group's item (and sets its `has_children`).
Value GroupItems(const SiteContext& ctx, const std::vector<Group>& groups,
                 bool skip_empty) {
  std::vector<Value> top;
  std::vector<std::string> top_urls;
  std::map<std::string, Value> children;  // by the parent's URL
  for (const auto& g : groups) {
    if (skip_empty && g.docs.empty()) continue;
    Value item = Value::Map();
    item.Set("name", g.name);
    item.Set("url", ctx.Link(g.url));
    item.Set("count", Count(g.docs.size()));
    SetIf(item, "detail", g.detail);
    if (g.parent_url.empty()) {
      top.push_back(std::move(item));
      top_urls.push_back(g.url);
      continue;
    }
    auto [it, fresh] = children.emplace(g.parent_url, Value::List());
    it->second.Push(std::move(item));
  }
  Value items = Value::List();
  for (size_t i = 0; i < top.size(); ++i) {
    auto kids = children.find(top_urls[i]);
    if (kids != children.end()) {
      top[i].Set("has_children", true);
      top[i].Set("children", std::move(kids->second));
    }
    items.Push(std::move(top[i]));
  }
  return items;
}

Value Meta(const std::string& label, const std::string& value) {
  Value row = Value::Map();
  row.Set("label", label);
  row.Set("value", value);
  return row;
}

// A department's card: its full name, code, window and telephone.
Value DepartmentCard(const SiteContext& ctx, const Department& d) {
  Value rows = Value::List();
  rows.Push(Meta(ctx.T("department"), d.full_name));
  rows.Push(Meta(ctx.T("org_code"), d.org_code));
  if (!d.window.empty()) rows.Push(Meta(ctx.T("window"), d.window));
  if (!d.phone.empty()) rows.Push(Meta(ctx.T("phone"), d.phone));
  Value card = Value::Map();
  card.Set("rows", std::move(rows));
  return card;
}

// Adds each listed document, newest first, to every group i that
// holds(i, doc).
void Distribute(const SiteContext& ctx, std::vector<Group>& groups,
                const std::function<bool(size_t, const Document&)>& holds) {
  for (const Document* doc : ctx.listed) {
    for (size_t i = 0; i < groups.size(); ++i) {
      if (holds(i, *doc)) groups[i].docs.push_back(doc);
    }
  }
}

std::vector<Group> YearGroups(const SiteContext& ctx) {
  std::map<int, std::vector<const Document*>, std::greater<int>> by_year;
  for (const Document* doc : ctx.listed) {
    by_year[doc->published.year].push_back(doc);
  }
  std::vector<Group> years;
  for (auto& [year, docs] : by_year) {
    const std::string y = std::to_string(year);
    years.push_back({ctx.Format("year_label", {{"yyyy", y}}),
                     "/years/" + y + "/", "", std::move(docs), ""});
  }
  return years;
}

}  // namespace

std::string GroupFeedName(const Group& g) {
  return g.detail.empty() ? g.name : g.detail;
}

FeedLink GroupFeedLink(const SiteContext& ctx, const Group& g) {
  return {ctx.Format("group_feed_title", {{"name", GroupFeedName(g)},
                                          {"site", ctx.config.site.title}}),
          GroupFeedUrl(g.url)};
}

SiteGroups CollectGroups(const SiteContext& ctx) {
  const Config& config = ctx.config;
  SiteGroups g;
  for (const auto& s : config.site.sections) {
    g.sections.push_back({s.name, "/" + s.id + "/", "", {}, "", true});
  }
  // A child is listed under its parent; its own list says its path.
  std::map<std::string, std::string> top_url;  // parent name -> its URL
  for (const auto& c : config.site.categories) {
    const std::string url = "/categories/" + c.slug + "/";
    if (c.parent.empty()) {
      top_url[c.name] = url;
      g.categories.push_back({c.name, url, "", {}, "", true});
    } else {
      g.categories.push_back(
          {c.name, url, c.path, {}, top_url[c.parent], true});
    }
  }
  for (const auto& d : config.departments) {
    g.departments.push_back({d.name,
                             "/departments/" + d.id + "/",
                             d.full_name != d.name ? d.full_name : "",
                             {},
                             "",
                             true});
    g.department_cards[g.departments.back().url] = DepartmentCard(ctx, d);
  }
  std::vector<std::string> type_ids;
  for (const auto& [type, schema] : config.schemas) {
    g.types.push_back({schema.label, "/types/" + type + "/", "", {}, ""});
    type_ids.push_back(type);
  }
  Distribute(ctx, g.sections, [&](size_t i, const Document& d) {
    return config.site.sections[i].id == d.section;
  });
  // A parent's list holds its children's documents too.
  std::map<std::string, const Category*> category_of;
  for (const Document* d : ctx.listed) {
    category_of.emplace(d->category, config.site.FindCategory(d->category));
  }
  Distribute(ctx, g.categories, [&](size_t i, const Document& d) {
    const Category& c = config.site.categories[i];
    const Category* named = category_of[d.category];
    return named == &c ||
           (named != nullptr && c.parent.empty() && named->parent == c.name);
  });
  Distribute(ctx, g.departments, [&](size_t i, const Document& d) {
    return config.departments[i].id == d.department;
  });
  Distribute(ctx, g.types, [&](size_t i, const Document& d) {
    return type_ids[i] == d.type;
  });
  g.years = YearGroups(ctx);
  return g;
}

std::vector<Page> ListPages(const SiteContext& ctx, const ListSpec& spec) {
  const std::vector<const Document*>& docs = *spec.docs;
  const size_t size = static_cast<size_t>(ctx.config.site.page_size);
  const size_t pages = PageCount(docs.size(), size);
  std::vector<Page> out;
  for (size_t p = 1; p <= pages; ++p) {
    Value list = spec.extra;
    list.Set("title", spec.title);
    SetIf(list, "description", spec.description);
    list.Set("total", Count(docs.size()));
    if (!docs.empty()) list.Set("has_docs", true);
    list.Set("docs", DocRows(ctx, docs, (p - 1) * size, p * size));
    if (!spec.feeds.empty()) {
      list.Set("feed_url", ctx.Link(spec.feeds.front().url));
    }
    const std::string n = std::to_string(p);
    if (pages > 1) {
      list.Set("page_label",
               ctx.Format("page_label",
                          {{"n", n}, {"total", std::to_string(pages)}}));
      list.Set("pagination", PaginationNav(ctx, spec.base_url, p, pages));
    }
    Page page;
    page.url = ListPageUrl(spec.base_url, p);
    page.title = p == 1 ? spec.title
                        : ctx.Format("list_page_title",
                                     {{"title", spec.title}, {"n", n}});
    page.description = spec.description;
    page.nav_current = spec.nav_current;
    page.breadcrumbs = spec.breadcrumbs;
    page.template_name = "list";
    page.feeds = spec.feeds;
    page.data.Set("list", std::move(list));
    out.push_back(std::move(page));
  }
  return out;
}

std::vector<Page> SectionPages(const SiteContext& ctx,
                               const std::vector<Group>& sections,
                               const std::map<std::string, Value>& by_section) {
  std::vector<Page> out;
  for (const auto& s : sections) {
    ListSpec spec{s.url,         s.name,  "",          s.url,
                  Value::List(), &s.docs, Value::Map()};
    spec.breadcrumbs.Push(Crumb(s.name));
    if (s.feed) spec.feeds.push_back(GroupFeedLink(ctx, s));
    auto extra = by_section.find(s.url);
    if (extra != by_section.end()) spec.extra = extra->second;
    for (auto& p : ListPages(ctx, spec)) out.push_back(std::move(p));
  }
  return out;
}

std::vector<Page> GroupPages(const SiteContext& ctx,
                             const std::string& index_url,
                             const std::string& index_title,
                             const std::vector<Group>& groups,
                             const std::map<std::string, Value>& cards) {
  std::vector<Page> out;
  Page index;
  index.url = index_url;
  index.title = index_title;
  index.nav_current = index_url;
  index.breadcrumbs.Push(Crumb(index_title));
  index.template_name = "groups";
  Value list = Value::Map();
  list.Set("title", index_title);
  list.Set("groups", GroupItems(ctx, groups, false));
  index.data.Set("list", std::move(list));
  out.push_back(std::move(index));
  for (const auto& g : groups) {
    ListSpec spec{g.url,         g.name,  g.detail,    index_url,
                  Value::List(), &g.docs, Value::Map()};
    spec.breadcrumbs.Push(Crumb(index_title, ctx.Link(index_url)));
    for (const auto& parent : groups) {  // a category's parent
      if (!g.parent_url.empty() && parent.url == g.parent_url) {
        spec.breadcrumbs.Push(Crumb(parent.name, ctx.Link(parent.url)));
      }
    }
    spec.breadcrumbs.Push(Crumb(g.name));
    if (g.feed) spec.feeds.push_back(GroupFeedLink(ctx, g));
    auto card = cards.find(g.url);
    if (card != cards.end()) spec.extra.Set("card", card->second);
    for (auto& p : ListPages(ctx, spec)) out.push_back(std::move(p));
  }
  return out;
}

std::vector<Page> CataloguePages(const SiteContext& ctx,
                                 const SiteGroups& groups) {
  // Links to every way of narrowing the catalogue.
  Value filters = Value::List();
  auto add_filter = [&](const char* label_key, const std::vector<Group>& g) {
    Value f = Value::Map();
    f.Set("label", ctx.T(label_key));
    f.Set("items", GroupItems(ctx, g, true));
    filters.Push(std::move(f));
  };
  add_filter("types", groups.types);
  add_filter("categories", groups.categories);
  add_filter("years", groups.years);
  add_filter("departments", groups.departments);
  ListSpec spec{"/catalogue/", ctx.T("catalogue"), ctx.config.site.subtitle,
                "/catalogue/", Value::List(),      &ctx.listed,
                Value::Map()};
  spec.breadcrumbs.Push(Crumb(ctx.T("catalogue")));
  spec.extra.Set("filters", std::move(filters));
  return ListPages(ctx, spec);
}

Page HomePage(const SiteContext& ctx, const SiteGroups& groups, Value recent) {
  Value list = Value::Map();
  list.Set("title", ctx.T("latest"));
  // The caption counts the rows it stands above.
  list.Set("total", Count(std::min(ctx.listed.size(), kHomeDocuments)));
  if (!ctx.listed.empty()) list.Set("has_docs", true);
  list.Set("docs", DocRows(ctx, ctx.listed, 0, kHomeDocuments));
  Value group_list = Value::List();
  auto add_group = [&](const char* id, const std::vector<Group>& g) {
    Value group = Value::Map();
    group.Set("id", id);
    group.Set("title", ctx.T(id));
    group.Set("items", GroupItems(ctx, g, true));
    group_list.Push(std::move(group));
  };
  add_group("sections", groups.sections);
  add_group("categories", groups.categories);
  add_group("departments", groups.departments);
  add_group("years", groups.years);
  Page page;
  page.url = "/";
  page.title = ctx.T("home");
  page.description = ctx.config.site.subtitle;
  page.nav_current = "/";
  page.template_name = "home";
  page.data.Set("list", std::move(list));
  page.data.Set("groups", std::move(group_list));
  if (!recent.list().empty()) {
    page.data.Set("has_recent", true);
    page.data.Set("recent", std::move(recent));
  }
  return page;
}

Page SiteMapPage(const SiteContext& ctx, const SiteGroups& groups) {
  Value map = Value::Map();
  map.Set("title", ctx.T("sitemap"));
  // The pages of the site itself.
  Value pages = Value::List();
  auto add_page = [&](const std::string& name, const std::string& url) {
    Value item = Value::Map();
    item.Set("name", name);
    item.Set("url", ctx.Link(url));
    pages.Push(std::move(item));
  };
  add_page(ctx.T("home"), "/");
  add_page(ctx.T("catalogue"), "/catalogue/");
  if (ctx.history != nullptr) add_page(ctx.T("updates"), "/updates/");
  map.Set("pages", std::move(pages));
  // Every list, under the index it is part of.
  Value lists = Value::List();
  auto add_groups = [&](const char* id, const std::string& index_url,
                        const std::vector<Group>& g) {
    Value group = Value::Map();
    group.Set("id", id);
    group.Set("title", ctx.T(id));
    if (!index_url.empty()) group.Set("url", ctx.Link(index_url));
    group.Set("items", GroupItems(ctx, g, false));
    lists.Push(std::move(group));
  };
  add_groups("sections", "", groups.sections);
  add_groups("categories", "/categories/", groups.categories);
  add_groups("departments", "/departments/", groups.departments);
  add_groups("years", "/years/", groups.years);
  add_groups("types", "/types/", groups.types);
  map.Set("lists", std::move(lists));
  // Every feed, the site's first.
  Value feeds = Value::List();
  auto add_feed = [&](const FeedLink& f) {
    Value item = Value::Map();
    item.Set("name", f.title);
    item.Set("url", ctx.Link(f.url));
    feeds.Push(std::move(item));
  };
  add_feed({ctx.Format("site_feed_title", {{"site", ctx.config.site.title}}),
            "/feed.xml"});
  if (ctx.history != nullptr) {
    add_feed(
        {ctx.Format("updates_feed_title", {{"site", ctx.config.site.title}}),
         "/updates/feed.xml"});
  }
  for (const auto* list :
       {&groups.sections, &groups.categories, &groups.departments}) {
    for (const Group& g : *list) {
      if (g.feed) add_feed(GroupFeedLink(ctx, g));
    }
  }
  map.Set("feeds", std::move(feeds));

  Page page;
  page.url = "/sitemap/";
  page.title = ctx.T("sitemap");
  page.nav_current = page.url;
  page.breadcrumbs.Push(Crumb(ctx.T("sitemap")));
  page.template_name = "sitemap";
  page.data.Set("map", std::move(map));
  return page;
}

Page NotFoundPage(const SiteContext& ctx) {
  Page page;
  page.url = "/404/";
  page.title = ctx.T("not_found");
  page.template_name = "404";
  return page;
}

}  // namespace disclose
