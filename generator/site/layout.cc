#include "site/layout.h"

namespace disclose {

namespace {

// The site navigation: home, every section, the catalogue, departments.
Value Navigation(const SiteContext& ctx, const std::string& current) {
  Value nav = Value::List();
  auto add = [&](const std::string& name, const std::string& target) {
    Value item = Value::Map();
    item.Set("name", name);
    item.Set("url", ctx.Link(target));
    if (target == current) item.Set("current", true);
    nav.Push(std::move(item));
  };
  add(ctx.T("home"), "/");
  for (const auto& sec : ctx.config.site.sections) {
    add(sec.name, "/" + sec.id + "/");
  }
  add(ctx.T("catalogue"), "/catalogue/");
  add(ctx.T("departments"), "/departments/");
  return nav;
}

}  // namespace

Value SiteGlobals(const Config& config, const Value& strings) {
  Value site = Value::Map();
  site.Set("title", config.site.title);
  SetIf(site, "subtitle", config.site.subtitle);
  site.Set("base", config.site.base_path);
  site.Set("language", config.site.language);
  site.Set("publisher", config.site.publisher_name);
  Value globals = Value::Map();
  globals.Set("site", std::move(site));
  globals.Set("t", strings);
  return globals;
}

std::string PagePath(const std::string& url) {
  if (url == "/404/") return "404.html";
  return url.substr(1) + "index.html";
}

StatusOr<OutputFile> RenderPage(const SiteContext& ctx,
                                const TemplateSet& templates, Page page) {
  Value& data = page.data;
  data.Set("nav", Navigation(ctx, page.nav_current));
  if (!page.breadcrumbs.list().empty()) {
    Value all = Value::List();
    all.Push(Crumb(ctx.T("home"), ctx.Link("/")));
    for (const auto& c : page.breadcrumbs.list()) all.Push(c);
    data.Set("breadcrumbs", std::move(all));
    data.Set("has_breadcrumbs", true);
  }
  Value head = Value::Map();
  head.Set("title", page.title);
  SetIf(head, "description", page.description);
  head.Set("canonical", ctx.config.site.base_url + page.url.substr(1));
  Value feeds = Value::List();
  auto add_feed = [&](const std::string& title, const std::string& url) {
    Value feed = Value::Map();
    feed.Set("title", title);
    feed.Set("url", ctx.Link(url));
    feeds.Push(std::move(feed));
  };
  add_feed(ctx.Format("site_feed_title", {{"site", ctx.config.site.title}}),
           "/feed.xml");
  for (const FeedLink& f : page.feeds) add_feed(f.title, f.url);
  head.Set("feeds", std::move(feeds));
  data.Set("page", std::move(head));

  auto content = templates.Render(page.template_name, data);
  if (!content.ok()) return content.status();
  // The layout needs only the frame of the page, not its data.
  Value frame = Value::Map();
  for (const char* key : {"nav", "breadcrumbs", "has_breadcrumbs", "page"}) {
    if (const Value* v = data.Find(key)) frame.Set(key, *v);
  }
  frame.Set("content_html", std::move(*content));
  auto html = templates.Render("base", frame);
  if (!html.ok()) return html.status();
  return OutputFile{PagePath(page.url), std::move(*html)};
}

void SiteWriter::Render(Page page) {
  if (!status_.ok()) return;
  auto file = RenderPage(ctx_, templates_, std::move(page));
  if (!file.ok()) {
    status_ = file.status();
    return;
  }
  files_.push_back(std::move(*file));
}

void SiteWriter::Render(std::vector<Page> pages) {
  for (auto& p : pages) Render(std::move(p));
}

void SiteWriter::Add(std::vector<OutputFile> files) {
  for (auto& f : files) files_.push_back(std::move(f));
}

}  // namespace disclose
