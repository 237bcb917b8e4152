#include "config/org_code.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(OrgCodeTest, AcceptsOrganisationCodesWithAndWithoutHyphen) {
  EXPECT_TRUE(IsValidOrgCode("00817365-1"));
  EXPECT_TRUE(IsValidOrgCode("008173651"));
  EXPECT_TRUE(IsValidOrgCode("44800451-X"));
}

TEST(OrgCodeTest, RejectsAWrongCheckCharacter) {
  EXPECT_FALSE(IsValidOrgCode("00817365-2"));
  EXPECT_EQ(ExpectedCheckChar("00817365-2"), '1');
}

TEST(OrgCodeTest, RejectsWrongShapes) {
  EXPECT_FALSE(IsValidOrgCode("0081736"));
  EXPECT_FALSE(IsValidOrgCode("0081736a-1"));
  EXPECT_EQ(ExpectedCheckChar("12"), '\0');
}

TEST(OrgCodeTest, ChecksUnifiedSocialCreditCodes) {
  // 18 characters: 2 registration, 6 region, 9 organisation code, 1 check.
  EXPECT_TRUE(IsValidOrgCode("91350100M000100Y43"));
  EXPECT_FALSE(IsValidOrgCode("91350100M000100Y44"));
}

TEST(OrgCodeTest, CompactsTheHyphen) {
  EXPECT_EQ(CompactOrgCode("00817365-1"), "008173651");
  EXPECT_EQ(CompactOrgCode("008173651"), "008173651");
}

}  // namespace
}  // namespace disclose
