#include "base/value.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(ValueTest, MapKeepsInsertionOrderAndReplaces) {
  Value v = Value::Map();
  v.Set("b", "1");
  v.Set("a", "2");
  v.Set("b", "3");
  EXPECT_EQ(v.ToJson(), "{\"b\":\"3\",\"a\":\"2\"}");
}

TEST(ValueTest, EscapesJsonAndMarkupCharacters) {
  Value v("a\"b\\c\n</script>&\x01");
  EXPECT_EQ(v.ToJson(),
            "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u0026\\u0001\"");
}

TEST(ValueTest, EscapesEveryControlCharacter) {
  EXPECT_EQ(Value("\x1b]0;x\a\x1b[2J").ToJson(),
            "\"\\u001b]0;x\\u0007\\u001b[2J\"");
  EXPECT_EQ(Value(std::string("\0\x7f\xc2\x85\xc2\x9f\xc2\xa0", 8)).ToJson(),
            "\"\\u0000\\u007f\\u0085\\u009f\xc2\xa0\"");
}

TEST(ValueTest, KeepsChineseAsUtf8) {
  EXPECT_EQ(Value("收费").ToJson(), "\"收费\"");
}

TEST(ValueTest, PrettyPrintsNestedValues) {
  Value v = Value::Map();
  Value& list = v.Set("rows", Value::List());
  list.Push(Value::Number(2));
  list.Push(true);
  v.Set("empty", Value::List());
  EXPECT_EQ(v.ToPrettyJson(),
            "{\n  \"rows\": [\n    2,\n    true\n  ],\n  \"empty\": []\n}\n");
}

TEST(ValueTest, FindsKeys) {
  Value v = Value::Map();
  v.Set("k", "v");
  ASSERT_NE(v.Find("k"), nullptr);
  EXPECT_EQ(v.Find("k")->as_string(), "v");
  EXPECT_EQ(v.Find("x"), nullptr);
}

}  // namespace
}  // namespace disclose
