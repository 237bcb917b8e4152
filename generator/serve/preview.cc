#include "serve/preview.h"

#include <cstdio>

#include "base/text.h"

namespace disclose {

// ---- Preview ---------------------------------------------------------------

Preview::Preview(const FileSystem& fs, PipelineOptions opts)
    : fs_(fs),
      opts_(std::move(opts)),
      state_(std::make_shared<const PreviewState>()) {}

PreviewBuild Preview::Rebuild() {
  const auto start = std::chrono::steady_clock::now();
  auto next = std::make_shared<PreviewState>();
  {
    std::lock_guard<std::mutex> lock(mu_);
    next->generation = state_->generation + 1;
    next->files = state_->files;
    next->base_path = state_->base_path;
    next->language = state_->language;
  }
  PreviewBuild report;
  auto checked = CheckSite(fs_, opts_);
  if (!checked.ok()) {
    next->error = checked.status().message();
  } else {
    CheckedSite& site = *checked;
    report.documents = static_cast<int>(site.documents.size());
    next->language = LanguageOf(site.config.site.language);
    std::vector<OutputFile> files;
    if (!site.failed) {
      if (opts_.progress) opts_.progress({"rendering", 0, 0});
      auto rendered = RenderCheckedSite(site, opts_);
      if (!rendered.ok()) {
        next->error = rendered.status().message();
      } else {
        files = std::move(*rendered);
      }
    }
    next->diagnostics = std::move(site.diagnostics);
    if (!site.failed && next->error.empty()) {
      auto served = std::make_shared<SiteFiles>();
      served->reserve(files.size());
      for (auto& f : files) {
        if (EndsWith(f.path, ".html")) ++report.pages;
        served->emplace(std::move(f.path), std::move(f.data));
      }
      report.files = static_cast<int>(served->size());
      next->files = std::move(served);
      next->base_path =
          site.config.site.base_path.empty() ? "/" : site.config.site.base_path;
      next->failed = false;
    }
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (opts_.cancel != nullptr && opts_.cancel->load()) {
    report.cancelled = true;
    return report;
  }
  report.generation = next->generation;
  report.failed = next->failed;
  report.diagnostics = next->diagnostics;
  report.language = next->language;
  report.error = next->error;
  {
    std::lock_guard<std::mutex> lock(mu_);
    state_ = std::move(next);
  }
  built_.notify_all();
  return report;
}

std::shared_ptr<const PreviewState> Preview::state() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

uint64_t Preview::WaitForBuild(
    uint64_t seen, std::chrono::steady_clock::time_point deadline) const {
  std::unique_lock<std::mutex> lock(mu_);
  built_.wait_until(lock, deadline,
                    [&] { return stopped_ || state_->generation != seen; });
  return state_->generation;
}

void Preview::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
  }
  built_.notify_all();
}

bool Preview::stopped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopped_;
}

// ---- HTTP ------------------------------------------------------------------

namespace {

std::string Extension(const std::string& path) {
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "";
  }
  return path.substr(dot + 1);
}

const char* ContentType(const std::string& path) {
  const std::string ext = Extension(path);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "json") return "application/json";
  if (ext == "csv") return "text/csv; charset=utf-8";
  if (ext == "xml") return "application/xml";
  if (ext == "txt") return "text/plain; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  if (ext == "gif") return "image/gif";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  return "application/octet-stream";
}

PreviewResponse Plain(int status, const std::string& text) {
  return PreviewResponse{status, "text/plain; charset=utf-8", text + "\n", {}};
}

PreviewResponse Redirect(int status, const std::string& to) {
  PreviewResponse r = Plain(status, "see " + to);
  r.headers.emplace_back("Location", to);
  return r;
}

}  // namespace

std::optional<std::string> CleanPath(const std::string& path) {
  if (path.empty() || path.front() != '/' || path.size() > kMaxPathBytes) {
    return std::nullopt;
  }
  for (unsigned char c : path) {
    if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
  }
  const std::vector<std::string> parts = Split(path.substr(1), '/');
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (p == "." || p == "..") return std::nullopt;
    if (p.empty() && i + 1 != parts.size()) return std::nullopt;
  }
  return path;
}

bool IsLocalHost(const std::string& host, int port) {
  const std::string p = ":" + std::to_string(port);
  return host == "127.0.0.1" + p || host == "localhost" + p;
}

const std::string& ReloadScript() {
  static const std::string script =
      "// disclose serve: reloads this page when the site was built again.\n"
      "(function () {\n"
      "  var me = document.currentScript;\n"
      "  var shown = me && me.getAttribute('data-generation');\n"
      "  if (!window.EventSource) return;\n"
      "  function listen() {\n"
      "    var events = new EventSource('" +
      std::string(kEventsPath) +
      "');\n"
      "    events.addEventListener('build', function (e) {\n"
      "      if (e.data !== shown) {\n"
      "        events.close();\n"
      "        location.reload();\n"
      "      }\n"
      "    });\n"
      "    events.onerror = function () {\n"
      "      if (events.readyState === 2) setTimeout(listen, 3000);\n"
      "    };\n"
      "  }\n"
      "  listen();\n"
      "})();\n";
  return script;
}

std::string InjectReloadScript(std::string html, uint64_t generation) {
  const std::string tag = "<script src=\"" + std::string(kReloadScriptPath) +
                          "\" data-generation=\"" + std::to_string(generation) +
                          "\"></script>\n";
  const size_t body = html.rfind("</body>");
  if (body == std::string::npos) return html + tag;
  html.insert(body, tag);
  return html;
}

std::string DiagnosticsPage(const PreviewState& state) {
  const Language lang = state.language;
  const bool en = lang == Language::kEn;
  int errors = state.diagnostics.ErrorCount();
  std::string heading;
  std::string intro;
  if (!state.error.empty()) {
    heading = en ? "Preview paused: the site cannot be built"
                 : "预览暂停：网站无法构建";
    intro = en ? "The site could not be built. Fix the problem below and "
                 "save; this page reloads by itself."
               : "网站无法构建。请改正下面的问题并保存，本页会自动刷新。";
  } else {
    heading = en ? "Preview paused: the content has " + std::to_string(errors) +
                       (errors == 1 ? " error" : " errors")
                 : "预览暂停：内容有 " + std::to_string(errors) + " 个错误";
    intro = en ? "Fix the problems below and save the file; this page "
                 "reloads by itself. Nothing is published until every "
                 "error is fixed."
               : "请改正下面的问题并保存文件，本页会自动刷新。"
                 "所有错误改正之前，不会发布任何内容。";
  }
  // The environment's own message (a path, a system error) is English.
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"" + std::string(en ? "en" : "zh-CN") +
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n"
      "<title>" +
      heading +
      " · disclose serve</title>\n<style>\n"
      "body{font:1.125rem/1.6 sans-serif;margin:0;color:#1a1a1a;"
      "background:#fff}\n"
      "main{max-width:60rem;margin:0 auto;padding:1.5rem}\n"
      "h1{font-size:1.6rem;line-height:1.3;border-bottom:4px solid #b00020;"
      "padding-bottom:.5rem}\n"
      "ol{padding-left:1.5rem}li{margin:0 0 1rem}\n"
      "code{font:1rem/1.5 monospace;background:#f3f3f3;padding:.1rem .3rem;"
      "word-break:break-all}\n"
      ".severity{font-weight:bold;color:#b00020}.warning{color:#7a4b00}\n"
      ".hint{margin:.25rem 0 0;color:#333}\n"
      "</style>\n</head>\n<body>\n<main>\n<h1>" +
      heading + "</h1>\n<p>" + intro + "</p>\n";
  if (!state.error.empty()) {
    out += "<p lang=\"en\"><strong>error:</strong> " + HtmlEscape(state.error) +
           "</p>\n";
  }
  if (!state.diagnostics.empty()) {
    out += "<ol class=\"diagnostics\">\n";
    for (const Diagnostic& d : state.diagnostics.items()) {
      const bool error = d.severity == Severity::kError;
      std::string where = d.path;
      if (d.line > 0) where += ":" + std::to_string(d.line);
      if (d.column > 0) where += ":" + std::to_string(d.column);
      out += "<li><p><code>" + HtmlEscape(where) +
             "</code> <span class=\"severity" +
             std::string(error ? "" : " warning") + "\">" +
             (error ? "error" : "warning") + "[" + HtmlEscape(d.code) +
             "]</span>: " + HtmlEscape(d.message.In(lang)) + "</p>";
      if (!d.hint.empty()) {
        out += "<p class=\"hint\">" + std::string(en ? "hint: " : "提示：") +
               HtmlEscape(d.hint.In(lang)) + "</p>";
      }
      out += "</li>\n";
    }
    out += "</ol>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return InjectReloadScript(std::move(out), state.generation);
}

PreviewResponse Respond(const PreviewState& state, const std::string& method,
                        const std::string& path) {
  if (method != "GET" && method != "HEAD") {
    PreviewResponse r = Plain(405, "only GET and HEAD are served");
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
  }
  if (path.size() > kMaxPathBytes) return Plain(414, "the address is too long");
  const std::optional<std::string> clean = CleanPath(path);
  if (!clean) return Plain(400, "not a valid address");
  if (*clean == kReloadScriptPath) {
    return PreviewResponse{
        200, "text/javascript; charset=utf-8", ReloadScript(), {}};
  }
  const std::string& base = state.base_path;
  if (!StartsWith(*clean, base)) {
    if (*clean == "/") return Redirect(302, base);
    if (*clean + "/" == base) return Redirect(301, base);
  }
  std::string rel =
      StartsWith(*clean, base) ? clean->substr(base.size()) : std::string();
  const bool in_site = StartsWith(*clean, base);
  if (in_site && (rel.empty() || rel.back() == '/')) rel += "index.html";

  const std::string* file = nullptr;
  if (in_site && state.files) {
    auto it = state.files->find(rel);
    if (it != state.files->end()) file = &it->second;
  }
  const std::string ext = Extension(rel);
  const bool page = file ? ext == "html" : (ext.empty() || ext == "html");

  if (state.failed) {
    if (file != nullptr && !page) {
      return PreviewResponse{200, ContentType(rel), *file, {}};
    }
    if (page || !in_site) {
      return PreviewResponse{
          503, "text/html; charset=utf-8", DiagnosticsPage(state), {}};
    }
    return Plain(404, "not found");
  }
  if (file != nullptr) {
    if (page) {
      return PreviewResponse{200,
                             "text/html; charset=utf-8",
                             InjectReloadScript(*file, state.generation),
                             {}};
    }
    return PreviewResponse{200, ContentType(rel), *file, {}};
  }
  if (in_site && state.files && state.files->count(rel + "/index.html") > 0) {
    return Redirect(301, *clean + "/");
  }
  if (state.files) {
    auto it = state.files->find("404.html");
    if (it != state.files->end()) {
      return PreviewResponse{404,
                             "text/html; charset=utf-8",
                             InjectReloadScript(it->second, state.generation),
                             {}};
    }
  }
  return Plain(404, "not found");
}

}  // namespace disclose
