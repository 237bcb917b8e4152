#include "links/page_links.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>

#include "links/html_scan.h"

namespace disclose {

namespace {

// The attributes that hold a URL, by element. Attributes browsers do not
// follow (cite, longdesc) are not listed.
struct UrlAttribute {
  const char* element;
  const char* attribute;
  ReferenceKind kind;
  bool srcset = false;  // a list of image candidates, not one URL
};

constexpr UrlAttribute kUrlAttributes[] = {
    {"a", "href", ReferenceKind::kLink},
    {"a", "xlink:href", ReferenceKind::kLink},
    {"area", "href", ReferenceKind::kLink},
    {"link", "href", ReferenceKind::kLink},
    {"script", "src", ReferenceKind::kScript},
    {"img", "src", ReferenceKind::kImage},
    {"img", "srcset", ReferenceKind::kImage, true},
    {"source", "src", ReferenceKind::kMedia},
    {"source", "srcset", ReferenceKind::kImage, true},
    {"input", "src", ReferenceKind::kImage},
    {"input", "formaction", ReferenceKind::kForm},
    {"button", "formaction", ReferenceKind::kForm},
    {"video", "src", ReferenceKind::kMedia},
    {"video", "poster", ReferenceKind::kImage},
    {"audio", "src", ReferenceKind::kMedia},
    {"track", "src", ReferenceKind::kMedia},
    {"iframe", "src", ReferenceKind::kFrame},
    {"frame", "src", ReferenceKind::kFrame},
    {"embed", "src", ReferenceKind::kEmbed},
    {"object", "data", ReferenceKind::kEmbed},
    {"form", "action", ReferenceKind::kForm},
    {"image", "href", ReferenceKind::kImage},
    {"image", "xlink:href", ReferenceKind::kImage},
    {"use", "href", ReferenceKind::kImage},
    {"use", "xlink:href", ReferenceKind::kImage},
};

// The entries of kUrlAttributes for an element (none for most).
const std::vector<const UrlAttribute*>& UrlsOf(const std::string& element) {
  static const std::vector<const UrlAttribute*> kNone;
  static const auto kByElement = [] {
    std::unordered_map<std::string_view, std::vector<const UrlAttribute*>> map;
    for (const UrlAttribute& u : kUrlAttributes) map[u.element].push_back(&u);
    return map;
  }();
  auto it = kByElement.find(element);
  return it == kByElement.end() ? kNone : it->second;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// rel="stylesheet" among the space-separated tokens of rel (any case).
bool IsStylesheet(const HtmlStartTag& tag) {
  const HtmlAttribute* rel = tag.Find("rel");
  if (rel == nullptr) return false;
  const std::string value = rel->Value();
  std::string token;
  for (size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    if (!IsSpace(c)) {
      token += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
      continue;
    }
    if (token == "stylesheet") return true;
    token.clear();
  }
  return false;
}

void AddReferences(const HtmlStartTag& tag, PageLinks& out) {
  const size_t first = out.references.size();
  for (const UrlAttribute* u : UrlsOf(tag.name)) {
    const HtmlAttribute* attr = tag.Find(u->attribute);
    if (attr == nullptr) continue;
    ReferenceKind kind = u->kind;
    if (tag.name == "link" && IsStylesheet(tag)) {
      kind = ReferenceKind::kStylesheet;
    }
    if (!u->srcset) {
      out.references.push_back({kind, attr->Value(), attr->offset});
      continue;
    }
    for (std::string& url : SrcsetUrls(attr->Value())) {
      out.references.push_back({kind, std::move(url), attr->offset});
    }
  }
  // In the order written (<img srcset=… src=…>), so that offsets only grow.
  std::stable_sort(out.references.begin() + static_cast<ptrdiff_t>(first),
                   out.references.end(),
                   [](const PageReference& a, const PageReference& b) {
                     return a.offset < b.offset;
                   });
}

}  // namespace

PageLinks ReadPageLinks(std::string_view html) {
  PageLinks out;
  ScanStartTags(html, [&out](const HtmlStartTag& tag) {
    if (const HtmlAttribute* id = tag.Find("id"); id != nullptr) {
      if (!id->raw_value.empty()) out.anchors.push_back(id->Value());
    }
    if (tag.name == "a") {
      const HtmlAttribute* name = tag.Find("name");
      if (name != nullptr && !name->raw_value.empty()) {
        out.anchors.push_back(name->Value());
      }
    }
    AddReferences(tag, out);
  });
  return out;
}

std::vector<std::string> SrcsetUrls(std::string_view srcset) {
  std::vector<std::string> urls;
  size_t i = 0;
  const size_t n = srcset.size();
  while (i < n) {
    while (i < n && (IsSpace(srcset[i]) || srcset[i] == ',')) ++i;
    if (i >= n) break;
    const size_t start = i;
    while (i < n && !IsSpace(srcset[i])) ++i;
    size_t end = i;
    bool ended = false;  // trailing commas end the candidate: no descriptors
    while (end > start && srcset[end - 1] == ',') {
      --end;
      ended = true;
    }
    if (end > start) urls.emplace_back(srcset.substr(start, end - start));
    if (ended) continue;
    // The descriptors ("2x", "300w"), up to a comma outside parentheses.
    int depth = 0;
    for (; i < n && !(srcset[i] == ',' && depth == 0); ++i) {
      if (srcset[i] == '(') ++depth;
      if (srcset[i] == ')' && depth > 0) --depth;
    }
  }
  return urls;
}

}  // namespace disclose
