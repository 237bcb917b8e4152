#include "validate/grammar.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(GrammarTest, AcceptsCanonicalDocNo) {
  EXPECT_FALSE(CheckDocNo("常政办发〔2005〕3号").has_value());
  EXPECT_FALSE(CheckDocNo("市政务中心第12号").has_value());
}

}  // namespace
}  // namespace disclose
