#include "markdown/url_scheme.h"

#include <string>

#include "base/text.h"

namespace disclose {
namespace {

// The URL as a browser would see its scheme: leading C0 controls and spaces
// dropped, tabs and line breaks removed anywhere, ASCII lower-cased.
std::string NormalizeUrlForSchemeCheck(std::string_view url) {
  size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  std::string out;
  for (; i < url.size() && out.size() < 32; ++i) {
    char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  return out;
}

// The URL's scheme as a browser reads it ("https"), or "" for a relative
// URL ("/a", "a.html", "#b", "?c").
std::string SchemeOf(const std::string& normalized) {
  for (size_t i = 0; i < normalized.size(); ++i) {
    const char c = normalized[i];
    if (c == ':') return i == 0 ? std::string(":") : normalized.substr(0, i);
    const bool letter = c >= 'a' && c <= 'z';
    const bool other =
        (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!letter && !(other && i > 0)) return "";
  }
  // Only the first 32 characters are looked at: a longer "scheme" is
  // none a browser knows, and is refused.
  return normalized.size() >= 32 ? std::string(":") : "";
}

// Links may go to the web, to an address or a phone, or within the site;
// every other scheme (javascript:, vbscript:, file:, data:, an app's
// own) loses its target.
}  // namespace

bool HasDangerousScheme(std::string_view url, bool is_image) {
  const std::string u = NormalizeUrlForSchemeCheck(url);
  const std::string scheme = SchemeOf(u);
  if (scheme.empty() || scheme == "http" || scheme == "https" ||
      scheme == "mailto" || scheme == "tel") {
    return false;
  }
  // Like cmark's safe mode, an image may use an inline raster image.
  if (is_image && scheme == "data") {
    for (const char* ok : {"data:image/png", "data:image/gif",
                           "data:image/jpeg", "data:image/webp"}) {
      if (StartsWith(u, ok)) return false;
    }
  }
  return true;
}

}  // namespace disclose
