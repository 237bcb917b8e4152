// address: where a reference written on a page of the built site leads,
// read as a browser reads a URL against the page's own address (the WHATWG
// URL standard, as far as a static site needs it).
#pragma once

#include <string>
#include <string_view>

namespace disclose {

struct Destination {
  enum class Kind {
    // Not followed: another scheme (mailto:, tel:, data:), another host, or
    // a full address on this host outside the site's path.
    kElsewhere,
    // A path of the site: `path` is set.
    kSite,
    // A path on the site's host that is not under the site's path (only
    // when the site is served under one, as /gov/): written as a path
    // ("/notices/" on a site at /gov/, or "../../x" climbing out of it),
    // it was meant for the site and leads nowhere in it.
    kOutsideSite,
  };
  Kind kind = Kind::kElsewhere;
  // kSite: the path under the site's address, percent-decoded, without
  // the site's path: "notices/2005/x/", "assets/style.css", "" for the
  // home page.
  std::string path;
  // kSite and kOutsideSite: the whole path it was read as, before
  // decoding: "/gov/notices/2005/x/".
  std::string url_path;
  bool has_fragment = false;
  std::string fragment;  // after '#', as written
  // Written relative to the page ("x/", "../y"): it reads differently on
  // each page.
  bool relative = false;
};

// The site's address, from site.yaml's base_url.
class SiteAddress {
 public:
  // REQUIRES: base_url is absolute http(s) and ends with '/' (as config
  // makes it); "" is read as "http://localhost/".
  explicit SiteAddress(std::string_view base_url);

  // Where `reference` leads from the page at output path `page`
  // ("notices/2005/x/index.html", "404.html"). The empty reference, a
  // query alone and "#x" stay on the page.
  Destination Resolve(std::string_view page, std::string_view reference) const;

  const std::string& base_path() const { return base_path_; }

 private:
  std::string scheme_;     // "http" or "https"
  std::string authority_;  // host[:port], lower case, default port dropped
  std::string base_path_;  // starts and ends with '/'
};

// s with each %XX (two hex digits) replaced by its byte; any other '%'
// kept.
std::string PercentDecode(std::string_view s);

}  // namespace disclose
