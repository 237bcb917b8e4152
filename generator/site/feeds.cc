#include "site/feeds.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "base/text.h"

namespace disclose {

namespace {

std::string AtomDate(const std::string& date) {
  return date + "T00:00:00" + kFeedTimeZone;
}

void WriteEntry(const AtomEntry& e, std::string& out) {
  out += "  <entry>\n    <title>" + HtmlEscape(e.title) + "</title>\n";
  out += "    <id>" + HtmlEscape(e.id) + "</id>\n";
  out += "    <link href=\"" + HtmlEscape(e.link) + "\"/>\n";
  out += "    <updated>" + AtomDate(e.updated) + "</updated>\n";
  if (!e.summary.empty()) {
    out += "    <summary>" + HtmlEscape(e.summary) + "</summary>\n";
  }
  if (!e.author.empty()) {
    out += "    <author><name>" + HtmlEscape(e.author) + "</name></author>\n";
  }
  out += "  </entry>\n";
}

}  // namespace

std::string WriteAtom(const AtomFeed& feed) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
      HtmlEscape(feed.language) + "\">\n";
  out += "  <title>" + HtmlEscape(feed.title) + "</title>\n";
  out += "  <id>" + HtmlEscape(feed.id) + "</id>\n";
  out += "  <link href=\"" + HtmlEscape(feed.link) + "\"/>\n";
  out += "  <link rel=\"self\" href=\"" + HtmlEscape(feed.self) + "\"/>\n";
  out += "  <updated>" + AtomDate(feed.updated) + "</updated>\n";
  out += "  <author><name>" + HtmlEscape(feed.author) + "</name></author>\n";
  for (const auto& e : feed.entries) WriteEntry(e, out);
  out += "</feed>\n";
  return out;
}

namespace {

// The newest of docs (at most kSiteFeedEntries), about the page at url.
AtomFeed NewestFeed(const SiteContext& ctx, const std::string& title,
                    const std::string& url,
                    const std::vector<const Document*>& docs) {
  const SiteConfig& site = ctx.config.site;
  AtomFeed feed;
  feed.language = site.language;
  feed.title = title;
  feed.id = site.base_url + url.substr(1);
  feed.link = feed.id;
  feed.self = site.base_url + GroupFeedUrl(url).substr(1);
  feed.updated =
      docs.empty() ? kEmptyFeedDate : docs.front()->published.ToString();
  feed.author = site.publisher_name;
  for (size_t i = 0; i < docs.size() && i < kSiteFeedEntries; ++i) {
    const Document& doc = *docs[i];
    const std::string link = site.base_url + doc.url.substr(1);
    feed.entries.push_back({doc.title, link, link, doc.published.ToString(),
                            doc.summary, ctx.DepartmentName(doc.department)});
  }
  return feed;
}

}  // namespace

AtomFeed SiteFeed(const SiteContext& ctx) {
  return NewestFeed(ctx, ctx.config.site.title, "/", ctx.listed);
}

AtomFeed GroupFeed(const SiteContext& ctx, const std::string& name,
                   const std::string& url,
                   const std::vector<const Document*>& docs) {
  return NewestFeed(
      ctx,
      ctx.Format("group_feed_title",
                 {{"name", name}, {"site", ctx.config.site.title}}),
      url, docs);
}

namespace {

// When the page at path (a folder below the site, "a/2005/x/v/2/") last
// changed: for a document's pages the date of the version they show (the
// latest, except a frozen version's v/<n>/ and diff/<n>/), from the
// published history; "" for other pages, whose sitemap entry then says
// nothing rather than guess.
std::string LastModified(
    const std::string& path,
    const std::map<std::string, const std::vector<DocumentVersion>*>& by_url) {
  // section/yyyy/slug/ is a document's folder.
  size_t end = 0;
  for (int i = 0; i < 3; ++i) {
    end = path.find('/', end);
    if (end == std::string::npos) return "";
    ++end;
  }
  auto it = by_url.find(path.substr(0, end));
  if (it == by_url.end() || it->second->empty()) return "";
  const std::vector<DocumentVersion>& versions = *it->second;
  const std::string rest = path.substr(end);  // "", "v/2/", "history/" ...
  for (const char* frozen : {"v/", "diff/"}) {
    if (!StartsWith(rest, frozen)) continue;
    const int n = std::atoi(rest.c_str() + std::string(frozen).size());
    if (n >= 1 && static_cast<size_t>(n) <= versions.size()) {
      return versions[n - 1].date;
    }
  }
  return versions.back().date;
}

}  // namespace

std::string Sitemap(const SiteContext& ctx,
                    const std::vector<OutputFile>& files) {
  std::vector<std::string> withdrawn;
  std::map<std::string, const std::vector<DocumentVersion>*> by_url;
  for (const auto& [index_no, doc] : ctx.by_index_no) {
    if (doc->withdrawn) withdrawn.push_back(doc->url.substr(1));
    if (ctx.history == nullptr) continue;
    auto versions = ctx.history->versions.find(index_no);
    if (versions != ctx.history->versions.end()) {
      by_url[doc->url.substr(1)] = &versions->second;
    }
  }
  std::vector<std::string> pages;
  for (const auto& f : files) {
    if (!EndsWith(f.path, "index.html")) continue;
    std::string page = f.path.substr(0, f.path.size() - 10);
    const bool hidden =
        std::any_of(withdrawn.begin(), withdrawn.end(),
                    [&](const std::string& w) { return StartsWith(page, w); });
    if (!hidden) pages.push_back(std::move(page));
  }
  std::sort(pages.begin(), pages.end());
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& p : pages) {
    out += "  <url><loc>" + HtmlEscape(ctx.config.site.base_url + p) + "</loc>";
    const std::string modified = LastModified(p, by_url);
    if (!modified.empty()) out += "<lastmod>" + modified + "</lastmod>";
    out += "</url>\n";
  }
  out += "</urlset>\n";
  return out;
}

std::string RobotsTxt(const SiteContext& ctx) {
  return "User-agent: *\nAllow: /\nSitemap: " + ctx.config.site.base_url +
         "sitemap.xml\n";
}

}  // namespace disclose
