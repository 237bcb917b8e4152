// The start-tag scanner: what a browser's tokenizer would see as tags and
// attributes, and nothing inside comments, scripts and end tags.
#include "links/html_scan.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace disclose {
namespace {

// "name attr=value attr=value" for every start tag, values decoded.
std::vector<std::string> Tags(std::string_view html) {
  std::vector<std::string> out;
  ScanStartTags(html, [&out](const HtmlStartTag& tag) {
    std::string t = tag.name;
    for (const HtmlAttribute& a : tag.attributes) {
      t += " " + std::string(a.name) + "=" + a.Value();
    }
    out.push_back(t);
  });
  return out;
}

using Strings = std::vector<std::string>;

TEST(HtmlScanTest, ReadsValuesInDoubleSingleAndNoQuotes) {
  EXPECT_EQ(Tags(R"(<a href="/a b/" title='it "is"' class=x data-y>)"),
            Strings{"a href=/a b/ title=it \"is\" class=x data-y="});
  EXPECT_EQ(Tags("<img\nsrc = /x.png\talt=''/>"),
            Strings{"img src=/x.png alt="});
  // Unquoted, a value ends at a space or '>'; '/' and quotes belong to it.
  EXPECT_EQ(Tags("<a href=/a/b/>x</a>"), Strings{"a href=/a/b/"});
  EXPECT_EQ(Tags("<a href=a'b\"c>"), Strings{"a href=a'b\"c"});
}

TEST(HtmlScanTest, AQuotedGreaterThanDoesNotEndTheTag) {
  EXPECT_EQ(Tags(R"(<a title="a > b" href="/x">)"),
            Strings{"a title=a > b href=/x"});
}

TEST(HtmlScanTest, ReadsUppercaseTagsAndAttributeNames) {
  std::vector<std::string> found;
  ScanStartTags(
      R"(<A HREF="/X/"><IMG Src=/y.png>)", [&found](const HtmlStartTag& tag) {
        const HtmlAttribute* a = tag.Find(tag.name == "a" ? "href" : "src");
        ASSERT_NE(a, nullptr) << tag.name;
        found.push_back(tag.name + " " + a->Value());
      });
  EXPECT_EQ(found, (Strings{"a /X/", "img /y.png"}));
}

TEST(HtmlScanTest, DecodesCharacterReferencesInValues) {
  EXPECT_EQ(Tags(R"(<a href="/s?a=1&amp;b=2&#38;c=&#x33;">)"),
            Strings{"a href=/s?a=1&b=2&c=3"});
  EXPECT_EQ(DecodeCharacterReferences("&lt;&gt;&quot;&apos;&#39;&#x27;&nbsp;"),
            "<>\"'''\xC2\xA0");
  // A scheme hidden behind a reference is found as a browser finds it.
  EXPECT_EQ(DecodeCharacterReferences("javascript&colon;x&sol;"),
            "javascript:x/");
  // &amp without ';' counts unless a letter, a digit or '=' follows.
  EXPECT_EQ(DecodeCharacterReferences("a&amp b&ampc&amp=d"), "a& b&ampc&amp=d");
  // Nothing, out of range or a surrogate: U+FFFD; unknown names stay.
  EXPECT_EQ(DecodeCharacterReferences("&#0;&#x110000;&#xD800;"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(DecodeCharacterReferences("&#;&#x;&unknown;&"),
            "&#;&#x;&unknown;&");
  EXPECT_EQ(DecodeCharacterReferences("&#20844;&#x5F00;"), "公开");
}

TEST(HtmlScanTest, SeesNoTagInsideComments) {
  EXPECT_EQ(Tags("<!-- <a href=/x> --><a href=/y>"), Strings{"a href=/y"});
  EXPECT_EQ(Tags("<!--><a href=/y>"), Strings{"a href=/y"});
  EXPECT_EQ(Tags("<!---><a href=/y>"), Strings{"a href=/y"});
  EXPECT_EQ(Tags("<!-- a -- b --!><a href=/y>"), Strings{"a href=/y"});
  EXPECT_EQ(Tags("<!-- never closed <a href=/x>"), Strings{});
  EXPECT_EQ(Tags("<!DOCTYPE html><?php x ?><![CDATA[<a href=/x>]]><p>"),
            Strings{"p"});
}

TEST(HtmlScanTest, SeesNoTagInsideScriptStyleTitleOrTextarea) {
  EXPECT_EQ(Tags("<script>var a = '<a href=\"/x\">';</script><a href=/y>"),
            (Strings{"script", "a href=/y"}));
  // The end tag in any case, followed by a space or '>'; "</scripts" is not
  // one.
  EXPECT_EQ(Tags("<SCRIPT src=/s.js></scripts><a href=/x></SCRIPT ><b>"),
            (Strings{"script src=/s.js", "b"}));
  EXPECT_EQ(Tags("<style>a[href='<a href=/x>']{}</style><title><a href=/t>"
                 "</title><textarea><img src=/i></textarea><i>"),
            (Strings{"style", "title", "textarea", "i"}));
  EXPECT_EQ(Tags("<script><a href=/x>"), Strings{"script"});
  EXPECT_EQ(Tags("<plaintext><a href=/x></plaintext><b>"),
            Strings{"plaintext"});
  // What a reader without JavaScript gets is read.
  EXPECT_EQ(Tags("<noscript><a href=/x></noscript>"),
            (Strings{"noscript", "a href=/x"}));
}

TEST(HtmlScanTest, EndTagsAndTheirAttributesAreNoTags) {
  EXPECT_EQ(Tags("<a href=/x></a href=\"/y\"></><p>"),
            (Strings{"a href=/x", "p"}));
}

TEST(HtmlScanTest, TextThatIsNoTagIsPassedOver) {
  EXPECT_EQ(Tags("a < b, 1<2, <3 <> <=x> <a href=/x>"), Strings{"a href=/x"});
}

TEST(HtmlScanTest, ATagTheEndCutsOffIsNotVisited) {
  EXPECT_EQ(Tags("<p><a href=\"/x"), Strings{"p"});
  EXPECT_EQ(Tags("<p><a href=/x"), Strings{"p"});
  EXPECT_EQ(Tags("<p><a href="), Strings{"p"});
  EXPECT_EQ(Tags("<p><a"), Strings{"p"});
}

TEST(HtmlScanTest, FindGivesTheFirstOfARepeatedAttribute) {
  ScanStartTags("<a href=/first HREF=/second>", [](const HtmlStartTag& tag) {
    ASSERT_NE(tag.Find("href"), nullptr);
    EXPECT_EQ(tag.Find("href")->Value(), "/first");
    EXPECT_EQ(tag.Find("src"), nullptr);
  });
}

TEST(HtmlScanTest, OffsetsPointAtTheValue) {
  const std::string html = "<p>\n<a class=x href=\"/here\">";
  ScanStartTags(html, [&html](const HtmlStartTag& tag) {
    if (tag.name != "a") return;
    EXPECT_EQ(tag.offset, html.find("<a"));
    ASSERT_NE(tag.Find("href"), nullptr);
    EXPECT_EQ(tag.Find("href")->offset, html.find("/here"));
  });
}

// Whatever the page holds, reading it takes time in proportion to it: no
// shape of input makes the scanner look back. (Each shape takes well under
// a second; the bound leaves room for sanitizers, and a scanner that looked
// back would take hours on 2 MB.)
TEST(HtmlScanTest, HostilePagesAreReadInLinearTime) {
  const size_t n = 2'000'000;
  const std::string shapes[] = {
      std::string(n, '<'),
      [&] {
        std::string s;
        while (s.size() < n) s += "<a href=\"";
        return s;
      }(),
      [&] {
        std::string s = "<script>";
        while (s.size() < n) s += "</scrip</</";
        return s;
      }(),
      [&] {
        std::string s = "<!--";
        while (s.size() < n) s += "-- -!>-";
        return s;
      }(),
      [&] {
        std::string s = "<a";
        while (s.size() < n) s += " x=&#x0000000000000041&amp";
        return s + ">";
      }(),
  };
  for (const std::string& page : shapes) {
    const auto start = std::chrono::steady_clock::now();
    size_t tags = 0;
    ScanStartTags(page, [&tags](const HtmlStartTag&) { ++tags; });
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_LT(took, std::chrono::seconds(10)) << page.substr(0, 20);
  }
}

}  // namespace
}  // namespace disclose
