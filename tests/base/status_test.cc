#include "base/status.h"

#include <gtest/gtest.h>

#include <string>

namespace disclose {
namespace {

TEST(StatusOrTest, HoldsAValue) {
  StatusOr<std::string> s = std::string("ok");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value(), "ok");
  EXPECT_EQ(*s, "ok");
  EXPECT_EQ(s->size(), 2u);
}

TEST(StatusOrTest, HoldsAnError) {
  StatusOr<int> s = Status::Error("disk full");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "disk full");
}

TEST(StatusOrTest, AnOkStatusIsNotAValue) {
  StatusOr<int> s = Status::Ok();
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "StatusOr made from an ok Status");
}

TEST(StatusOrDeathTest, TheValueOfAnErrorStopsWithItsMessage) {
  StatusOr<int> s = Status::Error("cannot read content/site.yaml");
  EXPECT_DEATH((void)s.value(),
               "internal error: value of a failed StatusOr: cannot read "
               "content/site.yaml");
  EXPECT_DEATH((void)*s, "value of a failed StatusOr");
  const StatusOr<std::string> c = Status::Error("gone");
  EXPECT_DEATH((void)c->size(), "value of a failed StatusOr: gone");
}

}  // namespace
}  // namespace disclose
