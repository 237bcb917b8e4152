// What a page refers to and which anchors it has.
#include "links/page_links.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace disclose {
namespace {

using Strings = std::vector<std::string>;

const char* KindName(ReferenceKind kind) {
  switch (kind) {
    case ReferenceKind::kLink:
      return "link";
    case ReferenceKind::kImage:
      return "image";
    case ReferenceKind::kScript:
      return "script";
    case ReferenceKind::kStylesheet:
      return "stylesheet";
    case ReferenceKind::kMedia:
      return "media";
    case ReferenceKind::kFrame:
      return "frame";
    case ReferenceKind::kEmbed:
      return "embed";
    case ReferenceKind::kForm:
      return "form";
  }
  return "?";
}

Strings References(std::string_view html) {
  Strings out;
  for (const PageReference& r : ReadPageLinks(html).references) {
    out.push_back(std::string(KindName(r.kind)) + " " + r.target);
  }
  return out;
}

TEST(PageLinksTest, FindsEveryKindOfReference) {
  const char* html = R"(<!DOCTYPE html>
<link rel="stylesheet" href="/assets/style.css">
<link rel="Alternate Stylesheet" href=/assets/alt.css>
<link rel="alternate" type="application/atom+xml" href="/feed.xml">
<script src="/assets/prefs.js" defer></script>
<a href="/notices/">通知</a> <area href="/map/"> <a name="top">
<img src="/a.png" srcset="/a-2x.png 2x, /a-3x.png 3x" alt="">
<picture><source srcset="/b.webp" type="image/webp"></picture>
<video src="/v.mp4" poster="/v.jpg"><track src="/v.vtt"></video>
<audio src="/s.mp3"></audio><iframe src="/frame/"></iframe>
<object data="/x.pdf"></object><embed src="/y.svg">
<form action="/search/"><button formaction="/other/">go</button></form>
<svg><use href="#icon"/><a xlink:href="/svg-link/">x</a></svg>
<blockquote cite="/not-followed/">q</blockquote>
)";
  EXPECT_EQ(References(html), (Strings{"stylesheet /assets/style.css",
                                       "stylesheet /assets/alt.css",
                                       "link /feed.xml",
                                       "script /assets/prefs.js",
                                       "link /notices/",
                                       "link /map/",
                                       "image /a.png",
                                       "image /a-2x.png",
                                       "image /a-3x.png",
                                       "image /b.webp",
                                       "media /v.mp4",
                                       "image /v.jpg",
                                       "media /v.vtt",
                                       "media /s.mp3",
                                       "frame /frame/",
                                       "embed /x.pdf",
                                       "embed /y.svg",
                                       "form /search/",
                                       "form /other/",
                                       "image #icon",
                                       "link /svg-link/"}));
}

TEST(PageLinksTest, AnAnchorIsAnIdOrTheNameOfAnA) {
  const PageLinks links = ReadPageLinks(
      R"(<main id="main"><h2 id='doc-title'>x</h2><a name="old-style">)"
      R"(<p name="not-an-anchor"><div id="">)"
      R"(<span id="&#x5F00;&amp;">)");
  EXPECT_EQ(links.anchors, (Strings{"main", "doc-title", "old-style", "开&"}));
}

TEST(PageLinksTest, AnElementWithoutItsAttributeRefersToNothing) {
  EXPECT_EQ(References("<a id=x>x</a><img alt=''><form method=post>"),
            Strings{});
  // An empty one is the page itself, which a browser follows.
  EXPECT_EQ(References("<a href=\"\">x</a>"), Strings{"link "});
}

TEST(PageLinksTest, ReferencesAreInTheOrderWritten) {
  EXPECT_EQ(References("<img srcset=\"/b.png 2x\" src=\"/a.png\">"),
            (Strings{"image /b.png", "image /a.png"}));
}

TEST(PageLinksTest, ReadsSrcsetAsTheStandardDoes) {
  EXPECT_EQ(SrcsetUrls("a.png 1x, b.png 2x"), (Strings{"a.png", "b.png"}));
  EXPECT_EQ(SrcsetUrls("  a.png  ,  b.png 100w  "),
            (Strings{"a.png", "b.png"}));
  // A comma inside a URL belongs to it; trailing ones end the candidate.
  EXPECT_EQ(SrcsetUrls("/img,1.png 1x,/img2.png,, /img3.png"),
            (Strings{"/img,1.png", "/img2.png", "/img3.png"}));
  EXPECT_EQ(SrcsetUrls("a.png 1x (x, y), b.png"), (Strings{"a.png", "b.png"}));
  EXPECT_EQ(SrcsetUrls(" , ,"), Strings{});
}

TEST(PageLinksTest, AManyAttributeTagCostsItsLength) {
  std::string html = "<a";
  for (int i = 0; i < 100000; ++i) html += " id=x";
  html += " href=/last>";
  const PageLinks links = ReadPageLinks(html);
  ASSERT_EQ(links.references.size(), 1u);
  EXPECT_EQ(links.references[0].target, "/last");
  EXPECT_EQ(links.anchors, Strings{"x"});
}

}  // namespace
}  // namespace disclose
