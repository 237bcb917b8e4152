// html_scan: the start tags of an HTML page and their attributes, read the
// way a browser's tokenizer reads them (the HTML standard, 13.2.5), in one
// pass. The frame of every page is our own templates', but a document's
// body is Markdown written by staff, so an attribute may hold anything: the
// scanner never backtracks, keeps nothing but the tag it is reading, and
// takes time in proportion to the page, whatever the page holds.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace disclose {

// The pieces of an attribute are views into the page: a page of the site
// has thousands of them, and only a few are ever decoded.
struct HtmlAttribute {
  std::string_view name;       // as written
  std::string_view raw_value;  // as written, without its quotes
  // Of the value's first byte in the page (after its opening quote), or of
  // the name's when the attribute has no value.
  size_t offset = 0;

  // Whether its name is `lower` (lower case), in any case.
  bool Is(std::string_view lower) const;
  // The value with its character references decoded.
  std::string Value() const;
};

struct HtmlStartTag {
  std::string name;                       // ASCII lower case
  size_t offset = 0;                      // of its '<' in the page
  std::vector<HtmlAttribute> attributes;  // in the order written

  // The first attribute named `name` (lower case), or null: browsers keep
  // the first of a name written twice.
  const HtmlAttribute* Find(std::string_view name) const;
};

// Calls visit for each start tag of html, in order (the tag's views are
// into html, and valid during the call). Comments, the doctype,
// CDATA sections, processing instructions and end tags are passed over (an
// end tag's attributes included). The contents of script, style, textarea,
// title, xmp, iframe, noembed and noframes are text up to their end tag, and
// all that follows plaintext is text: no tag is seen in them. (A script's
// "<!--" escapes are not followed: the theme's scripts are files, and a
// body never holds raw HTML.) A tag the page's end cuts off is not visited.
// noscript is read as markup: what it holds is what a reader without
// JavaScript gets.
void ScanStartTags(std::string_view html,
                   const std::function<void(const HtmlStartTag&)>& visit);

// s with its character references decoded, as in an attribute value:
// numeric ones (&#39; &#x27;, the ';' optional; 0, a surrogate or beyond
// U+10FFFF become U+FFFD) and the named ones of ASCII characters and the
// no-break space (&amp; &quot; &colon; &sol; &nbsp; ...). &amp, &lt, &gt,
// &quot and &nbsp without ';' are decoded too unless a letter, a digit or
// '=' follows, as the standard says for attributes. Any other '&' stays.
std::string DecodeCharacterReferences(std::string_view s);

}  // namespace disclose
