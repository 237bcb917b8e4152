#include "site/layout.h"

#include "config/portal.h"

namespace disclose {

namespace {

// Where the record of a 公安机关备案号 is looked up (its digits follow),
// and of an ICP 备案号.
constexpr char kPoliceRecordUrl[] =
    "https://beian.mps.gov.cn/#/query/webSearch?code=";
constexpr char kIcpRecordUrl[] = "https://beian.miit.gov.cn/";

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
  // The portal's identifiers for the footer (those site.yaml gives).
  const Portal& portal = config.site.portal;
  Value footer = Value::Map();
  SetIf(site, "sponsor", portal.sponsor);
  SetIf(footer, "site_code", portal.site_code);
  SetIf(footer, "icp", portal.icp);
  if (!portal.icp.empty()) footer.Set("icp_url", kIcpRecordUrl);
  SetIf(footer, "police", portal.police);
  if (!portal.police_code.empty()) {
    footer.Set("police_url",
               std::string(kPoliceRecordUrl) + portal.police_code);
  }
  if (!portal.site_code.empty() || !portal.icp.empty() ||
      !portal.police.empty()) {
    site.Set("portal", std::move(footer));
  }
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
  const std::string canonical = ctx.config.site.base_url + page.url.substr(1);
  head.Set("canonical", canonical);
  SetIf(head, "version", page.version);
  SetIf(head, "correction", CorrectionUrl(ctx.config.site.portal, canonical));
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
  Value scripts = Value::List();
  for (const std::string& s : page.scripts) {
    scripts.Push(ctx.Link("/assets/" + s));
  }
  head.Set("scripts", std::move(scripts));
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
