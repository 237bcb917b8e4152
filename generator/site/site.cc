#include "site/site.h"

#include <algorithm>
#include <memory>

#include "base/parallel.h"
#include "site/context.h"
#include "site/document_page.h"
#include "site/downloads.h"
#include "site/feeds.h"
#include "site/history_pages.h"
#include "site/layout.h"
#include "site/lists.h"
#include "site/records.h"
#include "site/search.h"
#include "site/updates.h"

namespace disclose {

namespace {

// How many of the latest updates the home page lists.
constexpr size_t kHomeUpdates = 10;

// Everything about one document: its page, its downloads and record, and
// its versions (history/, v/<n>/, diff/<n>/).
void WriteDocument(const SiteContext& ctx, const Document& doc,
                   SiteWriter& out) {
  const auto& replaces = ctx.Repealed(doc);
  out.Render(DocumentPage(ctx, doc, replaces));
  out.Add(DocumentDownloads(doc));
  out.Render(HistoryPages(ctx, doc, replaces));
}

// Document pages are independent: they are rendered on every core, each
// worker with its own copy of the templates and its own files.
Status WriteDocuments(const SiteContext& ctx, const std::vector<Document>& docs,
                      const TemplateSet& templates,
                      const std::atomic<bool>* cancel, SiteWriter& out) {
  const unsigned workers = WorkerCount(docs.size());
  std::vector<std::unique_ptr<TemplateSet>> copies;
  std::vector<SiteWriter> writers;
  copies.reserve(workers);
  writers.reserve(workers);
  for (unsigned w = 0; w < workers; ++w) {
    copies.push_back(templates.Clone());
    writers.emplace_back(ctx, *copies.back());
  }
  std::atomic<bool> cancelled{false};
  ParallelForWorkers(docs.size(), [&](size_t i, unsigned w) {
    if (cancel != nullptr && cancel->load()) {
      cancelled = true;
      return;
    }
    WriteDocument(ctx, docs[i], writers[w]);
  });
  if (cancelled) return Status::Error(kCancelledMessage);
  for (auto& writer : writers) {
    if (!writer.status().ok()) return writer.status();
    out.Add(writer.TakeFiles());
  }
  return Status::Ok();
}

// The lists: sections (with the window overview), categories, departments
// (with their cards and window records), years, types, the catalogue and
// the home page. Ranking pages of window assessments come with them.
void WriteLists(const SiteContext& ctx,
                const std::vector<PublishedUpdates>& publications,
                SiteWriter& out) {
  SiteGroups groups = CollectGroups(ctx);
  WindowRecords records =
      BuildWindowRecords(ctx.config, ctx.listed, ctx.strings);
  for (auto& [url, record] : records.by_department) {
    groups.department_cards[url].Set("record", std::move(record));
  }
  out.Render(std::move(records.pages));
  // The feeds of sections, categories and departments.
  for (const auto* list :
       {&groups.sections, &groups.categories, &groups.departments}) {
    for (const Group& g : *list) {
      if (!g.feed) continue;
      out.Add({GroupFeedUrl(g.url).substr(1),
               WriteAtom(GroupFeed(ctx, GroupFeedName(g), g.url, g.docs))});
    }
  }
  out.Render(SectionPages(ctx, groups.sections, records.by_section));
  out.Render(
      GroupPages(ctx, "/categories/", ctx.T("categories"), groups.categories));
  // Every department has a page (its card, its window record), so the index
  // lists them all, even those that have published nothing yet.
  out.Render(GroupPages(ctx, "/departments/", ctx.T("departments"),
                        groups.departments, groups.department_cards));
  out.Render(GroupPages(ctx, "/years/", ctx.T("years"), groups.years));
  out.Render(GroupPages(ctx, "/types/", ctx.T("types"), groups.types));
  out.Render(CataloguePages(ctx, groups));
  out.Render(SiteMapPage(ctx, groups));
  SiteSearch search = BuildSearch(ctx, groups);
  out.Add(std::move(search.files));
  out.Render(std::move(search.page));
  Page home =
      HomePage(ctx, groups, RecentUpdates(ctx, publications, kHomeUpdates));
  if (ctx.history != nullptr) home.feeds.push_back(UpdatesFeedLink(ctx));
  out.Render(std::move(home));
}

// Sorted by path; two files at one path are an error.
StatusOr<std::vector<OutputFile>> Sorted(std::vector<OutputFile> files) {
  std::sort(
      files.begin(), files.end(),
      [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  for (size_t i = 1; i < files.size(); ++i) {
    if (files[i].path == files[i - 1].path) {
      return Status::Error("two pages would be written to " + files[i].path);
    }
  }
  return files;
}

}  // namespace

StatusOr<std::vector<OutputFile>> RenderSite(const Config& config,
                                             const std::vector<Document>& docs,
                                             const Theme& theme,
                                             const SiteHistory* history,
                                             const std::atomic<bool>* cancel) {
  const SiteContext ctx = MakeSiteContext(config, docs, theme.strings, history);
  theme.templates->SetGlobals(SiteGlobals(config, theme.strings));
  SiteWriter out(ctx, *theme.templates);

  // Every document, its downloads and its versions.
  Status documents = WriteDocuments(ctx, docs, *theme.templates, cancel, out);
  if (!documents.ok()) return documents;
  // What each publication changed (none without a history).
  const std::vector<PublishedUpdates> publications =
      history != nullptr ? CollectPublications(ctx)
                         : std::vector<PublishedUpdates>{};
  // Every way of finding a document.
  WriteLists(ctx, publications, out);
  if (history != nullptr) {
    out.Render(UpdatesPage(ctx, publications));
    out.Add({"updates/feed.xml", WriteAtom(UpdatesFeed(ctx, publications))});
  }
  out.Render(NotFoundPage(ctx));
  if (!out.status().ok()) return out.status();

  // For feed readers, crawlers and browsers.
  out.Add({"feed.xml", WriteAtom(SiteFeed(ctx))});
  out.Add({"sitemap.xml", Sitemap(ctx, out.files())});
  out.Add({"robots.txt", RobotsTxt(ctx)});
  for (const auto& asset : theme.assets) {
    out.Add({"assets/" + asset.path, asset.text});
  }
  return Sorted(out.TakeFiles());
}

}  // namespace disclose
