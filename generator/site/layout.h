// layout: a page's data into its file. The page's template renders the
// content; the layout template ("base") puts the site's frame around it:
// navigation, breadcrumbs, title and canonical address.
#pragma once

#include <vector>

#include "base/status.h"
#include "base/value.h"
#include "config/config.h"
#include "model/output.h"
#include "site/context.h"
#include "site/page.h"
#include "templating/templates.h"

namespace disclose {

// What every template sees: the site ({site.title, ...}) and the interface
// strings ({t.home, ...}). For TemplateSet::SetGlobals.
Value SiteGlobals(const Config& config, const Value& strings);

// The file a page's URL is served from: "/a/b/" -> "a/b/index.html", and
// "/404/" -> "404.html" (the name static servers look for).
std::string PagePath(const std::string& url);

// Renders page with templates. Fails when a template fails to render.
StatusOr<OutputFile> RenderPage(const SiteContext& ctx,
                                const TemplateSet& templates, Page page);

// Collects the files of the site: pages rendered with one set of templates
// (one writer per thread) and files added as they are. After the first
// failure it renders nothing more and status() says why.
class SiteWriter {
 public:
  SiteWriter(const SiteContext& ctx, const TemplateSet& templates)
      : ctx_(ctx), templates_(templates) {}

  void Render(Page page);
  void Render(std::vector<Page> pages);
  void Add(OutputFile file) { files_.push_back(std::move(file)); }
  void Add(std::vector<OutputFile> files);

  const Status& status() const { return status_; }
  const std::vector<OutputFile>& files() const { return files_; }
  std::vector<OutputFile> TakeFiles() { return std::move(files_); }

 private:
  const SiteContext& ctx_;
  const TemplateSet& templates_;
  std::vector<OutputFile> files_;
  Status status_;
};

}  // namespace disclose
