// Organisation codes (组织机构代码, GB 11714: 8 characters and a check
// character, written "00817365-1" or "008173651") and unified social credit
// codes (统一社会信用代码, GB 32100: 18 characters).
#pragma once

#include <string>

namespace disclose {

// True when code is a 9-character organisation code (with or without the
// hyphen before the check character) or an 18-character unified social
// credit code, and its check character is right.
bool IsValidOrgCode(const std::string& code);

// The check character the code should have (for hints), or '\0' if the
// code's shape is wrong.
char ExpectedCheckChar(const std::string& code);

// The code without its hyphen.
std::string CompactOrgCode(const std::string& code);

}  // namespace disclose
