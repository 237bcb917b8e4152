#include "links/address.h"

#include <vector>

namespace disclose {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The reference as a browser's URL parser takes it: C0 controls and spaces
// dropped from both ends, tabs and line breaks removed anywhere.
std::string Clean(std::string_view r) {
  size_t begin = 0;
  size_t end = r.size();
  while (begin < end && static_cast<unsigned char>(r[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(r[end - 1]) <= 0x20) --end;
  std::string out;
  out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    if (r[i] != '\t' && r[i] != '\n' && r[i] != '\r') out += r[i];
  }
  return out;
}

// The scheme in lower case ("https", "mailto"), with *after just past its
// ':'; "" when the reference has none.
std::string SchemeOf(const std::string& r, size_t* after) {
  for (size_t i = 0; i < r.size(); ++i) {
    const char c = Lower(r[i]);
    if (c == ':' && i > 0) {
      *after = i + 1;
      std::string scheme = r.substr(0, i);
      for (char& s : scheme) s = Lower(s);
      return scheme;
    }
    const bool letter = c >= 'a' && c <= 'z';
    const bool other =
        (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!letter && !(other && i > 0)) return "";
  }
  return "";
}

// host[:port] as compared: no user information, lower case, no trailing
// dot on the host, no port that is the scheme's default.
std::string NormalizeAuthority(std::string_view authority,
                               std::string_view scheme) {
  if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string out;
  for (char c : authority) out += Lower(c);
  const size_t colon = out.rfind(':');
  if (colon != std::string::npos && out.find(']', colon) == std::string::npos) {
    const std::string port = out.substr(colon + 1);
    if (port.empty() || (scheme == "http" && port == "80") ||
        (scheme == "https" && port == "443")) {
      out.resize(colon);
    }
  }
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

// "." and "..", also written with %2e as browsers read them.
bool IsDot(std::string_view s) {
  return s == "." || EqualsIgnoringCase(s, "%2e");
}
bool IsDotDot(std::string_view s) {
  return s == ".." || EqualsIgnoringCase(s, ".%2e") ||
         EqualsIgnoringCase(s, "%2e.") || EqualsIgnoringCase(s, "%2e%2e");
}

// RFC 3986's remove_dot_segments for a path that starts with '/': "." goes,
// ".." removes the segment before it (never above the root).
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    const bool last = end == std::string_view::npos;
    if (last) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (IsDotDot(segment)) {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.emplace_back();
    } else if (IsDot(segment)) {
      if (last) segments.emplace_back();
    } else {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (std::string_view s : segments) {
    out += '/';
    out += s;
  }
  return out.empty() ? "/" : out;
}

int HexValue(char c) {
  c = Lower(c);
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 &&
        HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

SiteAddress::SiteAddress(std::string_view base_url) {
  if (base_url.empty()) base_url = "http://localhost/";
  std::string url(base_url);
  size_t after = 0;
  scheme_ = SchemeOf(url, &after);
  std::string_view rest = std::string_view(url).substr(after);
  while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  const size_t slash = rest.find('/');
  authority_ = NormalizeAuthority(rest.substr(0, slash), scheme_);
  base_path_ =
      slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (base_path_.back() != '/') base_path_ += '/';
}

Destination SiteAddress::Resolve(std::string_view page,
                                 std::string_view reference) const {
  std::string r = Clean(reference);
  Destination d;
  if (size_t hash = r.find('#'); hash != std::string::npos) {
    d.has_fragment = true;
    d.fragment = r.substr(hash + 1);
    r.resize(hash);
  }
  if (size_t query = r.find('?'); query != std::string::npos) r.resize(query);
  // In an http(s) address a browser reads '\' as '/'.
  for (char& c : r) c = c == '\\' ? '/' : c;

  size_t after = 0;
  std::string scheme = SchemeOf(r, &after);
  const bool full = !scheme.empty() || r.rfind("//", 0) == 0;
  std::string path;
  if (full) {
    if (scheme.empty()) scheme = scheme_;  // "//host/x": the page's own
    if (scheme != "http" && scheme != "https") return d;
    std::string_view rest = std::string_view(r).substr(after);
    while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    const size_t slash = rest.find('/');
    if (NormalizeAuthority(rest.substr(0, slash), scheme) != authority_) {
      return d;
    }
    path = slash == std::string_view::npos ? "/" : rest.substr(slash);
  } else if (!r.empty() && r.front() == '/') {
    path = r;
  } else if (r.empty()) {
    path = base_path_ + std::string(page);  // the page itself
  } else {
    d.relative = true;
    const size_t slash = page.rfind('/');
    const std::string_view folder =
        slash == std::string_view::npos ? "" : page.substr(0, slash + 1);
    path = base_path_ + std::string(folder) + r;
  }
  d.url_path = RemoveDotSegments(path);
  if (d.url_path.rfind(base_path_, 0) == 0) {
    d.kind = Destination::Kind::kSite;
    d.path = PercentDecode(d.url_path.substr(base_path_.size()));
  } else if (d.url_path + "/" == base_path_) {
    d.kind = Destination::Kind::kSite;  // "/gov" for the site at /gov/
  } else {
    d.kind =
        full ? Destination::Kind::kElsewhere : Destination::Kind::kOutsideSite;
  }
  return d;
}

}  // namespace disclose
