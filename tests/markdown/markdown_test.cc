#include "markdown/markdown.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace disclose {
namespace {

// The values of all href="..." and src="..." attributes in html.
std::vector<std::string> Urls(const std::string& html) {
  std::vector<std::string> urls;
  for (const std::string attr : {" href=\"", " src=\""}) {
    size_t pos = 0;
    while ((pos = html.find(attr, pos)) != std::string::npos) {
      pos += attr.size();
      const size_t end = html.find('"', pos);
      urls.push_back(html.substr(pos, end - pos));
      pos = end;
    }
  }
  return urls;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

void ExpectCell(const MarkdownCell& cell, const std::string& text, int line,
                int column) {
  EXPECT_EQ(cell.text, text);
  EXPECT_EQ(cell.line, line) << "cell " << text;
  EXPECT_EQ(cell.column, column) << "cell " << text;
}

TEST(MarkdownTest, EmptyBodyRendersNothing) {
  for (const std::string body : {"", "\n", "\n\n  \n"}) {
    const MarkdownResult r = RenderMarkdown(body, 5);
    EXPECT_EQ(r.html, "");
    EXPECT_TRUE(r.tables.empty());
    EXPECT_EQ(r.plain_text, "");
  }
}

TEST(MarkdownTest, ParagraphAndInlineMarkup) {
  EXPECT_EQ(RenderMarkdown("Hello *world* and `code` & <.\n", 1).html,
            "<p>Hello <em>world</em> and <code>code</code> &amp; &lt;.</p>\n");
}

TEST(MarkdownTest, RawHtmlBlockIsNeverEmitted) {
  EXPECT_EQ(RenderMarkdown("<div class=\"x\">raw</div>\n\ntext\n", 1).html,
            "<!-- raw HTML omitted -->\n<p>text</p>\n");
}

TEST(MarkdownTest, RawHtmlInlineIsNeverEmitted) {
  EXPECT_EQ(RenderMarkdown("a <b onclick=\"x()\">bold</b> c\n", 1).html,
            "<p>a <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> "
            "c</p>\n");
}

TEST(MarkdownTest, ScriptNeverAppears) {
  const std::string body =
      "<script>alert(1)</script>\n\n"
      "text <script src=x></script> <SCRIPT>y</SCRIPT>\n\n"
      "<ScRiPt\n>z</script>\n\n"
      "| a | <script>b</script> |\n|---|---|\n| <script> | c |\n\n"
      "# <script>h</script>\n";
  const MarkdownResult r = RenderMarkdown(body, 1);
  EXPECT_EQ(Lower(r.html).find("<script"), std::string::npos) << r.html;
  EXPECT_EQ(Lower(r.html).find("</script"), std::string::npos) << r.html;
}

TEST(MarkdownTest, CodeShowingScriptIsEscaped) {
  EXPECT_EQ(RenderMarkdown("```html\n<script>x</script>\n```\n", 1).html,
            "<pre><code class=\"language-html\">&lt;script&gt;x&lt;/script"
            "&gt;\n</code></pre>\n");
}

TEST(MarkdownTest, TagfilterTagsNeverAppear) {
  const std::string body =
      "<title>t</title> <textarea>a</textarea> <style>b</style> "
      "<xmp>c</xmp> <iframe src=x></iframe> <noembed>d</noembed> "
      "<noframes>e</noframes> <plaintext>f\n\n"
      "<textarea>\nblock\n</textarea>\n\n<iframe src=\"x\"></iframe>\n";
  const std::string html = Lower(RenderMarkdown(body, 1).html);
  for (const std::string tag : {"title", "textarea", "style", "xmp", "iframe",
                                "noembed", "noframes", "plaintext"}) {
    EXPECT_EQ(html.find("<" + tag), std::string::npos) << tag;
  }
}

TEST(MarkdownTest, JavascriptLinkHasNoHref) {
  EXPECT_EQ(RenderMarkdown("[x](javascript:alert(1))\n", 1).html,
            "<p><a href=\"\">x</a></p>\n");
  EXPECT_EQ(RenderMarkdown("<javascript:alert(1)>\n", 1).html,
            "<p><a href=\"\">javascript:alert(1)</a></p>\n");
}

TEST(MarkdownTest, DangerousSchemesNeverBecomeUrls) {
  const std::string body =
      "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) "
      "[c](jav&#x61;script:alert(1)) [d](<  javascript:x>) "
      "[e](<java\tscript:x>) [f](vbscript:msgbox) [g](VBScript:x) "
      "[h](data:text/html,<b>x</b>) [i](data:image/png;base64,AAAA) "
      "[j](DATA:text/html,x) [k](file:///etc/passwd) [l](FILE:x) "
      "[m][ref] <vbscript:x> <file:///x> <data:text/html,x> "
      "![n](javascript:alert(1)) ![o](data:image/svg+xml,<svg/>) "
      "![p](file:///x.png)\n\n"
      "[ref]: javascript:alert(1)\n";
  const MarkdownResult r = RenderMarkdown(body, 1);
  const std::vector<std::string> urls = Urls(r.html);
  EXPECT_EQ(urls.size(), 19u) << r.html;
  for (const std::string& url : urls) {
    EXPECT_EQ(url, "") << r.html;
  }
}

TEST(MarkdownTest, OnlyWebMailAndPhoneSchemesKeepTheirUrls) {
  const std::string body =
      "[a](intent://x#Intent;end) [b](ms-settings:privacy) [c](ftp://x/) "
      "[d](blob:https://x/1) [e](ssh://x) [f](:x) [g](weixin://dl/x) "
      "[h](" +
      std::string(40, 'a') + ":x) ![i](http+evil:x)\n";
  const MarkdownResult r = RenderMarkdown(body, 1);
  const std::vector<std::string> urls = Urls(r.html);
  EXPECT_EQ(urls.size(), 9u) << r.html;
  for (const std::string& url : urls) EXPECT_EQ(url, "") << r.html;

  EXPECT_EQ(
      RenderMarkdown("[a](HTTP://x.cn/) [b](tel:0731-12345) "
                     "[c](a/b:c.html) [d](?q=a:b) [e](1x:y)\n",
                     1)
          .html,
      "<p><a href=\"HTTP://x.cn/\">a</a> <a href=\"tel:0731-12345\">b</a> "
      "<a href=\"a/b:c.html\">c</a> <a href=\"?q=a:b\">d</a> "
      "<a href=\"1x:y\">e</a></p>\n");
}

TEST(MarkdownTest, SafeLinksKeepTheirUrls) {
  EXPECT_EQ(
      RenderMarkdown("[a](https://example.com/?q=1&r=2) [b](/docs/x.html) "
                     "[c](#part) [d](mailto:someone@example.com) "
                     "[e](javascript-guide.html)\n",
                     1)
          .html,
      "<p><a href=\"https://example.com/?q=1&amp;r=2\">a</a> "
      "<a href=\"/docs/x.html\">b</a> <a href=\"#part\">c</a> "
      "<a href=\"mailto:someone@example.com\">d</a> "
      "<a href=\"javascript-guide.html\">e</a></p>\n");
}

TEST(MarkdownTest, RasterDataImagesKeepTheirSource) {
  EXPECT_EQ(RenderMarkdown("![dot](data:image/png;base64,AAAA)\n", 1).html,
            "<p><img src=\"data:image/png;base64,AAAA\" alt=\"dot\" /></p>\n");
  // As a link target the same URL is refused.
  EXPECT_EQ(RenderMarkdown("[dot](data:image/png;base64,AAAA)\n", 1).html,
            "<p><a href=\"\">dot</a></p>\n");
}

TEST(MarkdownTest, HeadingsShiftOneLevelDown) {
  EXPECT_EQ(RenderMarkdown("# One\n\n## Two\n\n##### Five\n\n###### Six\n\n"
                           "Setext\n======\n\nSetext two\n----------\n",
                           1)
                .html,
            "<h2>One</h2>\n<h3>Two</h3>\n<h6>Five</h6>\n<h6>Six</h6>\n"
            "<h2>Setext</h2>\n<h3>Setext two</h3>\n");
}

TEST(MarkdownTest, BodyStartingAtLevelTwoKeepsItsLevels) {
  EXPECT_EQ(RenderMarkdown("## Two\n\n### Three\n", 1).html,
            "<h2>Two</h2>\n<h3>Three</h3>\n");
}

TEST(MarkdownTest, StrikethroughWorks) {
  EXPECT_EQ(RenderMarkdown("~~gone~~ and ~one~\n", 1).html,
            "<p><del>gone</del> and <del>one</del></p>\n");
}

TEST(MarkdownTest, AutolinkWorks) {
  EXPECT_EQ(RenderMarkdown("see www.example.com and https://example.org/a "
                           "or <https://x.example>\n",
                           1)
                .html,
            "<p>see <a href=\"http://www.example.com\">www.example.com</a> "
            "and <a href=\"https://example.org/a\">https://example.org/a</a> "
            "or <a href=\"https://x.example\">https://x.example</a></p>\n");
}

TEST(MarkdownTest, TableIsWrappedAndHeaderCellsHaveScope) {
  const MarkdownResult r = RenderMarkdown(
      "# Prices\n\n| Name | Price |\n|:-----|------:|\n| Apple | 5 |\n", 1);
  EXPECT_EQ(r.html,
            "<h2>Prices</h2>\n"
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
            "aria-label=\"Prices\">\n"
            "<table>\n"
            "<thead>\n"
            "<tr>\n"
            "<th scope=\"col\" align=\"left\">Name</th>\n"
            "<th scope=\"col\" align=\"right\">Price</th>\n"
            "</tr>\n"
            "</thead>\n"
            "<tbody>\n"
            "<tr>\n"
            "<td align=\"left\">Apple</td>\n"
            "<td align=\"right\">5</td>\n"
            "</tr>\n"
            "</tbody>\n"
            "</table>\n"
            "</div>\n");
}

TEST(MarkdownTest, BreakTagsInTableCellsAreLineBreaks) {
  const MarkdownResult r = RenderMarkdown(
      "| a | b |\n|---|---|\n| 10元/本<br>5元/本 | x <br/> y<br />z |\n"
      "\nafter<br> <b>no</b>\n",
      1);
  EXPECT_EQ(r.html,
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
            "aria-label=\"表格\">\n"
            "<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>\n"
            "<th scope=\"col\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            "<td>10元/本<br>5元/本</td>\n<td>x <br> y<br>z</td>\n"
            "</tr>\n</tbody>\n</table>\n</div>\n"
            "<p>after<!-- raw HTML omitted --> <!-- raw HTML omitted -->no"
            "<!-- raw HTML omitted --></p>\n");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows[0][0].text, "10元/本\n5元/本");
  EXPECT_EQ(r.tables[0].rows[0][1].text, "x\ny\nz");
}

TEST(MarkdownTest, OnlyBreakTagsBreakACell) {
  const MarkdownResult r = RenderMarkdown(
      "| a |\n|---|\n| 1<BR>2<br class=x>3<script>x</script> |\n", 1);
  EXPECT_EQ(r.tables[0].rows[0][0].text, "123x");
  EXPECT_EQ(r.html.find("<br>"), std::string::npos);
  EXPECT_EQ(r.html.find("<script"), std::string::npos);
}

TEST(MarkdownTest, AnAlignmentTheAuthorChoseIsKept) {
  const MarkdownResult r = RenderMarkdown("| a | b |\n|---|:-:|\n| x | 80 |\n",
                                          1, {{{0, 0, 1}, "80 元"}});
  EXPECT_NE(r.html.find("<td align=\"center\">80 元</td>"), std::string::npos)
      << r.html;
}

TEST(MarkdownTest, CellTextsReplaceWhatACellShows) {
  const MarkdownResult r =
      RenderMarkdown("| a | b |\n|---|---|\n| x | 80 |\n| y | 1<br>2 |\n", 1,
                     {{{0, 0, 1}, "80 元"}, {{0, 1, 1}, "1 元\n<2> 元"}});
  // The column the author left unaligned is aligned right.
  EXPECT_NE(r.html.find("<td align=\"right\">80 元</td>"), std::string::npos)
      << r.html;
  EXPECT_NE(r.html.find("<td align=\"right\">1 元<br>&lt;2&gt; 元</td>"),
            std::string::npos)
      << r.html;
  EXPECT_NE(r.html.find("<td>x</td>"), std::string::npos) << r.html;
  // The tables read keep the cells as written.
  EXPECT_EQ(r.tables[0].rows[0][1].text, "80");
  EXPECT_EQ(r.tables[0].rows[1][1].text, "1\n2");
}

TEST(MarkdownTest, TableWithoutHeadingHasDefaultLabel) {
  const MarkdownResult r = RenderMarkdown("| a |\n|---|\n", 1);
  EXPECT_EQ(r.html,
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
            "aria-label=\"表格\">\n<table>\n<thead>\n<tr>\n"
            "<th scope=\"col\">a</th>\n</tr>\n</thead>\n</table>\n</div>\n");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].caption, "");
  EXPECT_EQ(r.tables[0].line, 1);
  EXPECT_TRUE(r.tables[0].rows.empty());
}

TEST(MarkdownTest, TableCaptionIsTheNearestHeadingAbove) {
  const MarkdownResult r = RenderMarkdown(
      "| t0 |\n|---|\n\n"
      "# 第一章 *概要*\n\ntext\n\n| t1 |\n|---|\n\n| t2 |\n|---|\n\n"
      "## Tom & \"Jerry\" <3\n\n- | t3 |\n  |---|\n\n"
      "> # Quoted heading\n\n| t4 |\n|---|\n",
      1);
  ASSERT_EQ(r.tables.size(), 5u);
  EXPECT_EQ(r.tables[0].caption, "");
  EXPECT_EQ(r.tables[1].caption, "第一章 概要");
  EXPECT_EQ(r.tables[2].caption, "第一章 概要");
  EXPECT_EQ(r.tables[3].caption, "Tom & \"Jerry\" <3");
  // A heading inside a block quote is not at the top level.
  EXPECT_EQ(r.tables[4].caption, "Tom & \"Jerry\" <3");
  // The labels follow the tables in order and are escaped.
  std::vector<std::string> labels;
  const std::string attr = "aria-label=\"";
  for (size_t pos = 0; (pos = r.html.find(attr, pos)) != std::string::npos;) {
    pos += attr.size();
    labels.push_back(r.html.substr(pos, r.html.find('"', pos) - pos));
  }
  EXPECT_EQ(labels,
            (std::vector<std::string>{"表格", "第一章 概要", "第一章 概要",
                                      "Tom &amp; &quot;Jerry&quot; &lt;3",
                                      "Tom &amp; &quot;Jerry&quot; &lt;3"}));
}

TEST(MarkdownTest, TableCellsHaveTextLineAndColumnInCharacters) {
  // The body starts on line 9 of the file.
  const MarkdownResult r = RenderMarkdown(
      "# 价格表\n"         // 9
      "\n"                 // 10
      "| 名称 | 价格 |\n"  // 11
      "|:--|--:|\n"        // 12
      "| 苹果 | 5元 |\n"   // 13
      "|  | **很**贵 |\n"  // 14
      "香蕉|  `3` \n",     // 15
      9);
  ASSERT_EQ(r.tables.size(), 1u);
  const MarkdownTable& t = r.tables[0];
  EXPECT_EQ(t.line, 11);
  EXPECT_EQ(t.caption, "价格表");
  ASSERT_EQ(t.header.size(), 2u);
  ExpectCell(t.header[0], "名称", 11, 3);
  ExpectCell(t.header[1], "价格", 11, 8);
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.rows[0].size(), 2u);
  ExpectCell(t.rows[0][0], "苹果", 13, 3);
  ExpectCell(t.rows[0][1], "5元", 13, 8);
  ASSERT_EQ(t.rows[1].size(), 2u);
  ExpectCell(t.rows[1][0], "", 14, 2);  // empty: just after the pipe
  ExpectCell(t.rows[1][1], "很贵", 14, 6);
  ASSERT_EQ(t.rows[2].size(), 2u);
  ExpectCell(t.rows[2][0], "香蕉", 15, 1);
  ExpectCell(t.rows[2][1], "3", 15, 6);
}

TEST(MarkdownTest, CellTextDropsInlineMarkup) {
  const MarkdownResult r = RenderMarkdown(
      "| a | b | c | d |\n|---|---|---|---|\n"
      "| *em* and **strong** | [link](https://x.example) | `co de` | "
      "a \\| b ~~c~~ <i>raw</i> |\n",
      1);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 1u);
  const std::vector<MarkdownCell>& row = r.tables[0].rows[0];
  ASSERT_EQ(row.size(), 4u);
  EXPECT_EQ(row[0].text, "em and strong");
  EXPECT_EQ(row[1].text, "link");
  EXPECT_EQ(row[2].text, "co de");
  EXPECT_EQ(row[3].text, "a | b c raw");
  EXPECT_EQ(row[3].column, 63);
}

TEST(MarkdownTest, PipesInCodeSpansSplitCellsAsInGfm) {
  const MarkdownResult r =
      RenderMarkdown("| a | b |\n|---|---|\n| `x|y` | z |\n", 1);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 1u);
  ASSERT_EQ(r.tables[0].rows[0].size(), 2u);
  ExpectCell(r.tables[0].rows[0][0], "`x", 3, 3);
  ExpectCell(r.tables[0].rows[0][1], "y`", 3, 6);
}

TEST(MarkdownTest, HeaderRowAfterParagraphLinesHasItsOwnLine) {
  // cmark-gfm reports the paragraph's first line for such a header row.
  const MarkdownResult r =
      RenderMarkdown("intro\ntext\n| a | b |\n|---|---|\n| x | y |\n", 20);
  EXPECT_EQ(r.html.substr(0, 21), "<p>intro\ntext</p>\n<di");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].line, 22);
  ASSERT_EQ(r.tables[0].header.size(), 2u);
  ExpectCell(r.tables[0].header[0], "a", 22, 3);
  ExpectCell(r.tables[0].header[1], "b", 22, 7);
  ASSERT_EQ(r.tables[0].rows.size(), 1u);
  ExpectCell(r.tables[0].rows[0][0], "x", 24, 3);
  ExpectCell(r.tables[0].rows[0][1], "y", 24, 7);
}

TEST(MarkdownTest, RowsWithoutOuterPipesAndUnevenIndent) {
  const MarkdownResult r =
      RenderMarkdown("   a | b\n---|---\n  x \\| y | z\n", 1);
  ASSERT_EQ(r.tables.size(), 1u);
  ExpectCell(r.tables[0].header[0], "a", 1, 4);
  ExpectCell(r.tables[0].header[1], "b", 1, 8);
  ASSERT_EQ(r.tables[0].rows.size(), 1u);
  ExpectCell(r.tables[0].rows[0][0], "x | y", 3, 3);
  ExpectCell(r.tables[0].rows[0][1], "z", 3, 12);
}

TEST(MarkdownTest, MissingCellsAreEmptyAndExtraCellsDropped) {
  const MarkdownResult r =
      RenderMarkdown("| a | b |\n|---|---|\n| x |\n| 1 | 2 | 3 |\n", 1);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  ASSERT_EQ(r.tables[0].rows[0].size(), 2u);
  ExpectCell(r.tables[0].rows[0][0], "x", 3, 3);
  ExpectCell(r.tables[0].rows[0][1], "", 3, 6);  // past the end of the row
  ASSERT_EQ(r.tables[0].rows[1].size(), 2u);
  ExpectCell(r.tables[0].rows[1][1], "2", 4, 7);
}

TEST(MarkdownTest, TablesInsideContainersHaveSourceColumns) {
  const MarkdownResult r = RenderMarkdown(
      "- | a | b |\n"
      "  |---|---|\n"
      "  | x | y |\n"
      "- > | c | d |\n"
      "  > |---|---|\n"
      "  >   p | q\n"
      "\n"
      "> para\n"
      "| e |\n"
      "> |---|\n"
      "> 中 |\n"
      "\n"
      "10. | f |\n"
      "    |---|\n",
      1);
  ASSERT_EQ(r.tables.size(), 4u);
  ExpectCell(r.tables[0].header[0], "a", 1, 5);
  ExpectCell(r.tables[0].header[1], "b", 1, 9);
  ExpectCell(r.tables[0].rows[0][0], "x", 3, 5);
  ExpectCell(r.tables[1].header[0], "c", 4, 7);
  ExpectCell(r.tables[1].rows[0][0], "p", 6, 7);
  ExpectCell(r.tables[1].rows[0][1], "q", 6, 11);
  EXPECT_EQ(r.tables[2].line, 9);
  ExpectCell(r.tables[2].header[0], "e", 9, 3);
  ExpectCell(r.tables[2].rows[0][0], "中", 11, 3);
  EXPECT_EQ(r.tables[3].line, 13);
  ExpectCell(r.tables[3].header[0], "f", 13, 7);
}

TEST(MarkdownTest, PlainTextContainsTheWords) {
  const MarkdownResult r = RenderMarkdown(
      "# Title *here*\n\nSome **bold** text\nnext line.\n\n"
      "- item one\n- item `two`\n\n"
      "| h1 | h2 |\n|---|---|\n| c1 | c2 |\n\n"
      "```\ncode line\n```\n\n<div>raw</div>\n",
      1);
  EXPECT_EQ(r.plain_text,
            "Title here\nSome bold text next line.\nitem one\nitem two\n"
            "h1 h2\nc1 c2\ncode line");
}

TEST(MarkdownTest, DeepNestingDoesNotCrash) {
  const std::string quotes(5000, '>');
  const std::string brackets(5000, '[');
  const std::string stars(5000, '*');
  const MarkdownResult r =
      RenderMarkdown(quotes + " | a |\n" + quotes + " |---|\n\n" + brackets +
                         "\n\n" + stars + "x\n",
                     1);
  EXPECT_EQ(r.tables.size(), 1u);
  EXPECT_FALSE(r.html.empty());
}

}  // namespace
}  // namespace disclose
