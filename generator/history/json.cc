#include "history/json.h"

#include <nlohmann/json.hpp>

namespace disclose {

namespace {

Value FromJson(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      Value map = Value::Map();
      for (const auto& [key, item] : j.items()) map.Set(key, FromJson(item));
      return map;
    }
    case nlohmann::json::value_t::array: {
      Value list = Value::List();
      for (const auto& item : j) list.Push(FromJson(item));
      return list;
    }
    case nlohmann::json::value_t::string:
      return Value(j.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return Value(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return Value::Number(j.get<long long>());
    default:
      return Value();
  }
}

}  // namespace

StatusOr<Value> ParseJson(const std::string& text) {
  // Bounded input only: records this tool wrote; the parser is iterative
  // for depth but the conversion above recurses once per level.
  auto j = nlohmann::ordered_json::parse(text, nullptr, /*allow_exceptions=*/
                                         false);
  if (j.is_discarded()) return Status::Error("not valid JSON");
  return FromJson(j);
}

}  // namespace disclose
