// `portal:` of site.yaml: the footer's identifiers (主办单位, 网站标识码,
// ICP 备案号, 公安机关备案号) and the 纠错 address, each checked where it
// is written.
#include "config/portal.h"

#include <gtest/gtest.h>

#include "config/config.h"

namespace disclose {
namespace {

Portal Read(const std::string& portal, Diagnostics& diags) {
  SiteSources s;
  s.site_config = {"content/site.yaml",
                   "title: T\nbase_url: https://example.gov.cn/\n"
                   "publisher: {name: P, email: p@example.gov.cn}\n"
                   "sections: [{id: news, name: 动态}]\n"
                   "categories: [{slug: a, name: 甲}]\n"
                   "portal:\n" +
                       portal};
  s.departments = {"content/departments.yaml", "departments: []\n"};
  return ParseConfig(s, diags).site.portal;
}

TEST(PortalTest, ReadsEveryIdentifier) {
  Diagnostics diags;
  Portal p = Read(
      "  sponsor: 市人民政府办公室\n"
      "  site_code: \"4307000001\"\n"
      "  icp: 湘ICP备05000001号-1\n"
      "  police: 湘公网安备 43070202000001号\n"
      "  correction_url: "
      "https://zfwzzc.example.gov.cn/?site_code={site_code}&url={url}\n",
      diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(p.sponsor, "市人民政府办公室");
  EXPECT_EQ(p.site_code, "4307000001");
  EXPECT_EQ(p.icp, "湘ICP备05000001号-1");
  EXPECT_EQ(p.police_code, "43070202000001");
  EXPECT_EQ(CorrectionUrl(p, "https://example.gov.cn/news/2005/a b/?x=1&y"),
            "https://zfwzzc.example.gov.cn/?site_code=4307000001&url="
            "https%3A%2F%2Fexample.gov.cn%2Fnews%2F2005%2Fa%20b%2F%3Fx%3D1%"
            "26y");
}

TEST(PortalTest, NoPortalIsNoFooterAndNoCorrectionLink) {
  Diagnostics diags;
  Portal p = Read("  sponsor: 市人民政府办公室\n", diags);
  EXPECT_EQ(FormatText(diags), "");
  EXPECT_EQ(CorrectionUrl(p, "https://example.gov.cn/"), "");
  EXPECT_EQ(CorrectionUrl(Portal{}, "https://example.gov.cn/"), "");
}

TEST(PortalTest, ReportsEachBadIdentifierWhereItIsWritten) {
  Diagnostics diags;
  Portal p = Read(
      "  site_code: 43070\n"
      "  icp: 05000001\n"
      "  police: 湘公网安备 4307号\n"
      "  correction_url: javascript:alert(1)\n"
      "  colour: red\n",
      diags);
  diags.Sort();
  EXPECT_EQ(
      FormatText(diags),
      "content/site.yaml:7:14: error[D602]: portal.site_code (网站标识码) "
      "must be ten letters or digits, got \"43070\"\n"
      "  hint: as the register of government websites gives it, for example "
      "4307000001 or bm01000001\n"
      "content/site.yaml:8:8: error[D602]: portal.icp (ICP 备案号) must be "
      "an ICP record number, got \"05000001\"\n"
      "  hint: for example 湘ICP备05000001号-1\n"
      "content/site.yaml:9:11: error[D602]: portal.police (公安机关备案号) "
      "must be 公网安备 with a record number of 14 digits, got "
      "\"湘公网安备 4307号\"\n"
      "  hint: for example 湘公网安备 43070202000001号\n"
      "content/site.yaml:10:19: error[D602]: portal.correction_url (纠错) "
      "must be an http(s) or mailto: address, with {url} and {site_code} as "
      "its only placeholders, got \"javascript:alert(1)\"\n"
      "  hint: for example "
      "https://zfwzzc.www.gov.cn/?site_code={site_code}&url={url}\n"
      "content/site.yaml:11:3: error[D603]: unknown setting \"colour\" in "
      "portal\n"
      "  hint: the settings are sponsor, site_code, icp, police, "
      "correction_url\n");
  EXPECT_EQ(p.site_code, "");
  EXPECT_EQ(p.correction_url, "");
}

TEST(PortalTest, ACorrectionAddressNeedsTheSiteCodeItUses) {
  Diagnostics diags;
  Read("  correction_url: https://x.example/?c={site_code}&u={page}\n", diags);
  Read("  correction_url: https://x.example/?c={site_code}&u={url}\n", diags);
  EXPECT_EQ(
      FormatText(diags),
      "content/site.yaml:7:19: error[D602]: portal.correction_url (纠错) "
      "must be an http(s) or mailto: address, with {url} and {site_code} as "
      "its only placeholders, got "
      "\"https://x.example/?c={site_code}&u={page}\"\n"
      "  hint: for example "
      "https://zfwzzc.www.gov.cn/?site_code={site_code}&url={url}\n"
      "content/site.yaml:7:19: error[D602]: portal.correction_url uses "
      "{site_code}, but portal has no valid site_code\n"
      "  hint: add site_code: under portal:\n");
}

}  // namespace
}  // namespace disclose
