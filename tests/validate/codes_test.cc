// Every diagnostic code is named once (base/diagnostic_codes.h), listed in
// README.md, and produced by a test: a folder of tests/fixtures/invalid/
// whose expected.en.txt names it, or, for the codes no content can cause, the
// test named below. Adding a code without all three fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/diagnostic_codes.h"

namespace disclose {
namespace {

const std::string kSource = DISCLOSE_SOURCE_DIR;

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The codes a unit test pins, since they depend on more than a site's files
// (the theme; the last publication; what kind of file is on the disk) or
// only `check --links` reports them: code, test file, test name.
struct PinnedCode {
  const char* code;
  const char* file;  // relative to the repository
  const char* test;  // the name in TEST(Suite, Name) or TEST_F
};
const PinnedCode kPinnedElsewhere[] = {
    {"D111", "tests/cli/files_test.cc",
     "LinksAndSpecialFilesAreReportedAndNeverOpened"},
    {"D700", "tests/templating/theme_test.cc",
     "ReportsATemplateThatDoesNotParse"},
    {"D701", "tests/templating/theme_test.cc",
     "ReportsMissingInterfaceStrings"},
    {"D800", "tests/validate/published_test.cc",
     "ADeletedDocumentMustBeWithdrawnInstead"},
    {"D801", "tests/validate/published_test.cc", "TheIndexNoNeverChanges"},
    {"D802", "tests/validate/published_test.cc", "TheAddressNeverChanges"},
    {"D803", "tests/validate/published_test.cc", "AChangeNeedsANewChangeNote"},
    {"D804", "tests/validate/published_test.cc",
     "AWithdrawnDocumentCannotComeBack"},
    {"D900", "tests/links/links_test.cc",
     "ReportsALinkOrAnAssetToNoFileOfTheSite"},
    {"D901", "tests/links/links_test.cc", "ReportsAnAnchorThePageLacks"},
};

// The body of TEST(..., name) or TEST_F(..., name) in text, up to the next
// test; "" when there is none.
std::string BodyOfTest(const std::string& text, const std::string& name) {
  const std::regex head("\\nTEST(_F|_P)?\\(\\w+, " + name + "\\)");
  std::smatch m;
  if (!std::regex_search(text, m, head)) return "";
  const size_t start = static_cast<size_t>(m.position(0));
  const size_t next = text.find("\nTEST", start + 1);
  return text.substr(
      start, next == std::string::npos ? std::string::npos : next - start);
}

// The codes of the rows of README.md's tables: "| D201 | ...".
std::set<std::string> ReadmeCodes() {
  std::set<std::string> codes;
  std::istringstream in(ReadText(kSource + "/README.md"));
  static const std::regex kRow(R"(^\| (D\d{3}) \|)");
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, m, kRow)) codes.insert(m[1]);
  }
  return codes;
}

// Each fixture's expected diagnostics, by fixture name.
std::map<std::string, std::string> FixtureExpectations() {
  std::map<std::string, std::string> out;
  const std::string dir = kSource + "/tests/fixtures/invalid";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_directory()) continue;
    out[entry.path().filename()] =
        ReadText(entry.path().string() + "/expected.en.txt");
  }
  return out;
}

TEST(CodesTest, EveryConstantOfTheHeaderIsListedOnceInAllCodes) {
  const std::string header =
      ReadText(kSource + "/generator/base/diagnostic_codes.h");
  static const std::regex kConstant(
      R"re(inline constexpr char (k\w+)\[\]\s*=\s*"(D\d{3})";)re");
  std::vector<std::pair<std::string, std::string>> declared;
  for (std::sregex_iterator it(header.begin(), header.end(), kConstant), end;
       it != end; ++it) {
    declared.emplace_back((*it)[1], (*it)[2]);
  }
  std::vector<std::pair<std::string, std::string>> listed;
  for (const CodeInfo& c : kAllCodes) listed.emplace_back(c.name, c.code);
  EXPECT_EQ(listed, declared) << "kAllCodes must list every constant, in order";
  std::set<std::string> unique;
  for (const CodeInfo& c : kAllCodes) {
    EXPECT_TRUE(unique.insert(c.code).second) << c.code << " is used twice";
  }
}

TEST(CodesTest, EveryCodeHasARowInTheReadme) {
  const std::set<std::string> rows = ReadmeCodes();
  std::set<std::string> known;
  for (const CodeInfo& c : kAllCodes) {
    known.insert(c.code);
    EXPECT_TRUE(rows.count(c.code))
        << c.code << " (" << c.name << ") has no row \"| " << c.code
        << " | ... |\" in README.md";
  }
  for (const auto& code : rows) {
    EXPECT_TRUE(known.count(code))
        << "README.md lists " << code << ", which diagnostic_codes.h lacks";
  }
}

TEST(CodesTest, EveryContentCodeHasAnInvalidSiteFixture) {
  const auto fixtures = FixtureExpectations();
  for (const CodeInfo& c : kAllCodes) {
    if (c.source != CodeSource::kFixture) continue;
    const std::string error = std::string("error[") + c.code + "]";
    const std::string warning = std::string("warning[") + c.code + "]";
    bool found = false;
    for (const auto& [name, expected] : fixtures) {
      found = found || expected.find(error) != std::string::npos ||
              expected.find(warning) != std::string::npos;
    }
    EXPECT_TRUE(found) << c.code << " (" << c.name
                       << ") is produced by no tests/fixtures/invalid/*/"
                          "expected.en.txt: add a fixture";
  }
}

TEST(CodesTest, EveryOtherCodeIsPinnedByTheTestNamedForIt) {
  std::set<std::string> pinned;
  for (const PinnedCode& p : kPinnedElsewhere) {
    pinned.insert(p.code);
    const std::string text = ReadText(kSource + "/" + p.file);
    ASSERT_FALSE(text.empty()) << p.file << " is missing";
    const std::string body = BodyOfTest(text, p.test);
    ASSERT_FALSE(body.empty()) << p.file << " has no test " << p.test;
    const bool expects = body.find("EXPECT_") != std::string::npos ||
                         body.find("ASSERT_") != std::string::npos;
    EXPECT_TRUE(expects) << p.test << " checks nothing";
    EXPECT_NE(body.find(p.code), std::string::npos)
        << p.file << ": " << p.test << " does not name " << p.code;
  }
  for (const CodeInfo& c : kAllCodes) {
    EXPECT_EQ(pinned.count(c.code), c.source == CodeSource::kUnitTest ? 1u : 0u)
        << c.code << " (" << c.name << "): a code of CodeSource::kUnitTest "
        << "needs an entry in kPinnedElsewhere, and only such a code";
  }
}

// A code written as a literal would escape the checks above.
TEST(CodesTest, NoCodeIsWrittenAsALiteralOutsideTheHeader) {
  static const std::regex kLiteral(R"re("D\d{3}")re");
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(kSource + "/generator")) {
    const std::string path = entry.path().string();
    if (!entry.is_regular_file() || path.ends_with("diagnostic_codes.h")) {
      continue;
    }
    if (!path.ends_with(".cc") && !path.ends_with(".h")) continue;
    const std::string text = ReadText(path);
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, kLiteral))
        << path << " writes the code " << m.str(0)
        << ": use its constant from base/diagnostic_codes.h";
  }
}

}  // namespace
}  // namespace disclose
