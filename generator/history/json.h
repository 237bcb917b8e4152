// Reads JSON into a Value (nlohmann-json, included only in json.cc). Object
// keys keep their order. Numbers become Value numbers (whole numbers only).
#pragma once

#include <string>

#include "base/status.h"
#include "base/value.h"

namespace disclose {

StatusOr<Value> ParseJson(const std::string& text);

}  // namespace disclose
