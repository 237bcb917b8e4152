// page_links: what one page of the site refers to (links, images, scripts,
// stylesheets, forms ...) and the anchors other pages may link to on it,
// read from its HTML by html_scan.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace disclose {

// What a reference fetches or leads to, for the messages.
enum class ReferenceKind {
  kLink,        // <a href>, <area href>, <link href> but a stylesheet's
  kImage,       // <img src/srcset>, <source srcset>, <video poster>, <input
                // type=image src>, SVG <image>/<use href>
  kScript,      // <script src>
  kStylesheet,  // <link rel=stylesheet href>
  kMedia,       // <video src>, <audio src>, <source src>, <track src>
  kFrame,       // <iframe src>, <frame src>
  kEmbed,       // <embed src>, <object data>
  kForm,        // <form action>, <button/input formaction>
};

struct PageReference {
  ReferenceKind kind = ReferenceKind::kLink;
  // The URL as written (character references decoded); one candidate of a
  // srcset.
  std::string target;
  size_t offset = 0;  // of the attribute's value in the page
};

struct PageLinks {
  std::vector<PageReference> references;  // in the order of the page
  // Every id, and the name of every <a name>: what a "#fragment" may name.
  std::vector<std::string> anchors;
};

PageLinks ReadPageLinks(std::string_view html);

// The URLs of a srcset attribute's candidates, in order:
// "a.png 1x, b.png 2x" -> {"a.png", "b.png"} (commas inside a URL kept,
// trailing ones dropped, as the HTML standard reads it).
std::vector<std::string> SrcsetUrls(std::string_view srcset);

}  // namespace disclose
