#include "site/versions.h"

namespace disclose {

const std::vector<DocumentVersion>* VersionsOf(const SiteContext& ctx,
                                               const Document& doc) {
  if (ctx.history == nullptr) return nullptr;
  auto it = ctx.history->versions.find(doc.index_no);
  if (it == ctx.history->versions.end() || it->second.empty()) return nullptr;
  return &it->second;
}

std::string VersionLabel(const SiteContext& ctx, int n) {
  return ctx.Format("version_label", {{"n", std::to_string(n)}});
}

std::string HistoryUrl(const Document& doc) { return doc.url + "history/"; }

std::string VersionUrl(const Document& doc, int n) {
  return doc.url + "v/" + std::to_string(n) + "/";
}

std::string DiffUrl(const Document& doc, int n) {
  return doc.url + "diff/" + std::to_string(n) + "/";
}

Value HistoryLine(const SiteContext& ctx, const Document& doc) {
  const auto* versions = VersionsOf(ctx, doc);
  if (versions == nullptr) return Value();
  Value line = Value::Map();
  line.Set("published", doc.published.ToString());
  line.Set("first_published", versions->front().date);
  line.Set("last_updated", versions->back().date);
  line.Set("updates",
           Value::Number(static_cast<long long>(versions->size()) - 1));
  line.Set("url", ctx.Link(HistoryUrl(doc)));
  return line;
}

}  // namespace disclose
