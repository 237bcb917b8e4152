// The rules for who signs a commit: what --author and site.yaml's publisher
// may be, and the exact words a person reads when one is refused.
#include "model/identity.h"

#include <gtest/gtest.h>

#include <string>

namespace disclose {
namespace {

using namespace std::string_literals;

std::string AuthorError(const std::string& text) {
  auto author = ParseAuthor(text);
  return author.ok() ? "accepted as " + author->name + " / " + author->email
                     : author.status().message();
}

TEST(IdentityTest, ParsesNameAndEmail) {
  auto author = ParseAuthor("  王审核 <shenhe@example.gov.cn> ");
  ASSERT_TRUE(author.ok()) << author.status().message();
  EXPECT_EQ(author->name, "王审核");
  EXPECT_EQ(author->email, "shenhe@example.gov.cn");
}

TEST(IdentityTest, RefusesALineBreakInTheName) {
  EXPECT_EQ(AuthorError("A\nB <a@b>"),
            "--author: the name contains a line break; write the name on one "
            "line");
  EXPECT_EQ(AuthorError("A\rB <a@b>"),
            "--author: the name contains a line break; write the name on one "
            "line");
}

TEST(IdentityTest, RefusesControlCharactersInTheName) {
  EXPECT_EQ(AuthorError("A\0B <a@b>"s),
            "--author: the name contains a control character (U+0000); "
            "remove it");
  EXPECT_EQ(AuthorError("A\x1b[31mB <a@b>"),
            "--author: the name contains a control character (U+001B); "
            "remove it");
  EXPECT_EQ(AuthorError("A\x7f <a@b>"),
            "--author: the name contains a control character (U+007F); "
            "remove it");
  EXPECT_EQ(AuthorError("A\xc2\x85 B <a@b>"),  // NEL, a C1 control
            "--author: the name contains a control character (U+0085); "
            "remove it");
}

TEST(IdentityTest, RefusesAngleBracketsInTheName) {
  EXPECT_EQ(AuthorError("A<B <a@b>"),
            "--author: the name \"A<B\" contains < or >, which git uses to "
            "mark the email; leave them out");
  EXPECT_EQ(AuthorError("A>B <a@b>"),
            "--author: the name \"A>B\" contains < or >, which git uses to "
            "mark the email; leave them out");
}

TEST(IdentityTest, RefusesAnEmptyName) {
  EXPECT_EQ(AuthorError("<a@b>"),
            "--author: the name is empty; write who publishes, e.g. "
            "市政务服务中心");
  EXPECT_EQ(AuthorError("\u3000 <a@b>"),
            "--author: the name is empty; write who publishes, e.g. "
            "市政务服务中心");
}

TEST(IdentityTest, RefusesAnEmailWithoutOneAt) {
  const std::string expected =
      "\" is not an address; write it as zwzx@example.gov.cn, with one @";
  EXPECT_EQ(AuthorError("A <ab>"), "--author: the email \"ab" + expected);
  EXPECT_EQ(AuthorError("A <@b>"), "--author: the email \"@b" + expected);
  EXPECT_EQ(AuthorError("A <a@>"), "--author: the email \"a@" + expected);
  EXPECT_EQ(AuthorError("A <a@b@c>"), "--author: the email \"a@b@c" + expected);
  EXPECT_EQ(AuthorError("A <>"), "--author: the email \"" + expected);
}

TEST(IdentityTest, RefusesSpacesControlsAndBracketsInTheEmail) {
  EXPECT_EQ(AuthorError("A <a b@c>"),
            "--author: the email \"a b@c\" contains a space; an address has "
            "none");
  EXPECT_EQ(AuthorError("A <a\n@b>"),
            "--author: the email contains a line break; write the email on "
            "one line");
  EXPECT_EQ(AuthorError("A <a\x1b@b>"),
            "--author: the email contains a control character (U+001B); "
            "remove it");
  EXPECT_EQ(AuthorError("A <a>b@c>"),
            "--author: the email \"a>b@c\" contains < or >, which git uses to "
            "mark the email; leave them out");
}

TEST(IdentityTest, RefusesTextThatIsNotNameAndEmail) {
  EXPECT_EQ(AuthorError("王审核"),
            "--author must be \"Name <email>\", got \"王审核\"");
  EXPECT_EQ(AuthorError("A <a@b> x"),
            "--author must be \"Name <email>\", got \"A <a@b> x\"");
  // Control characters are not echoed to the terminal.
  EXPECT_EQ(AuthorError("A\x1b[2J"),
            "--author must be \"Name <email>\", got \"A\xEF\xBF\xBD[2J\"");
}

TEST(IdentityTest, RefusesInvalidUtf8) {
  EXPECT_EQ(AuthorError("A\xff <a@b>"),
            "--author: the name is not valid UTF-8");
}

TEST(IdentityTest, NamesWhereTheIdentityCameFrom) {
  EXPECT_EQ(CheckIdentity({"市政务\n服务中心", "zwzx@example.gov.cn"},
                          "site.yaml publisher")
                .message(),
            "site.yaml publisher: the name contains a line break; write the "
            "name on one line");
  EXPECT_TRUE(CheckIdentity({"市政务服务中心", "zwzx@example.gov.cn"},
                            "site.yaml publisher")
                  .ok());
}

}  // namespace
}  // namespace disclose
