// A service guide's page: the fields the schema puts under headings
// (`section:`) as sections with anchors, materials as a checklist, the
// procedure as numbered steps, telephone numbers as tel: links.
#include <gtest/gtest.h>

#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

class GuideSectionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    CheckedSite site;
    ASSERT_NO_FATAL_FAILURE(testing::BuildWithoutErrors(fs_, &site));
    page_ = testing::OutputFiles(fs_).at(
        "guides/2005/construction-permit/index.html");
  }

  bool Has(const std::string& html) const {
    return page_.find(html) != std::string::npos;
  }

  MemoryFileSystem fs_;
  std::string page_;
};

TEST_F(GuideSectionsTest, EachSectionHasAHeadingWithAnAnchorInSchemaOrder) {
  const char* headings[] = {"<h2 id=\"sec-conditions\">申请条件</h2>",
                            "<h2 id=\"sec-materials\">申请材料</h2>",
                            "<h2 id=\"sec-process\">办理流程</h2>",
                            "<h2 id=\"sec-time-limit\">办理时限</h2>",
                            "<h2 id=\"sec-fee\">收费</h2>",
                            "<h2 id=\"sec-location\">办理地点与时间</h2>",
                            "<h2 id=\"sec-phone\">咨询与投诉</h2>"};
  size_t at = 0;
  for (const char* h : headings) {
    const size_t found = page_.find(h, at);
    ASSERT_NE(found, std::string::npos) << h;
    at = found;
  }
  // What is under a heading is not also a row of the metadata table.
  EXPECT_FALSE(Has("<th scope=\"row\">申请材料</th>"));
  EXPECT_TRUE(Has("<th scope=\"row\">事项编码</th>"));
}

TEST_F(GuideSectionsTest, MaterialsAreAChecklistWithFormAndCopies) {
  EXPECT_TRUE(
      Has("<tr><td class=\"tick\" aria-hidden=\"true\">☐</td>"
          "<th scope=\"row\">《建筑工程施工许可证申请表》</th>"
          "<td>原件</td><td>1份</td></tr>"));
  EXPECT_TRUE(
      Has("<th scope=\"row\">中标通知书和施工合同</th>"
          "<td>复印件</td><td>各1份</td></tr>"));
}

TEST_F(GuideSectionsTest, TheProcedureIsNumberedStepsWithTheirNames) {
  EXPECT_TRUE(Has("<ol class=\"steps\">"));
  EXPECT_TRUE(
      Has("<li><strong>受理</strong>：建设窗口审查申请材料，"
          "当场作出是否受理的决定</li>"));
}

TEST_F(GuideSectionsTest, TelephoneNumbersCanBeCalled) {
  EXPECT_TRUE(Has("<a href=\"tel:07367252106\">0736-7252106</a>")) << page_;
}

}  // namespace
}  // namespace disclose
