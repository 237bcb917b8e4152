#include "config/org_code.h"

namespace disclose {

namespace {

int CharValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

// GB 11714: weights over the first 8 characters, check = 11 - sum mod 11.
char OrgCheck(const std::string& body8) {
  static const int kWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    int v = CharValue(body8[static_cast<size_t>(i)]);
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  int c = 11 - sum % 11;
  if (c == 10) return 'X';
  if (c == 11) return '0';
  return static_cast<char>('0' + c);
}

// GB 32100: 31-character alphabet without I, O, S, V, Z.
const char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int UsccValue(char c) {
  for (int i = 0; i < 31; ++i) {
    if (kUsccAlphabet[i] == c) return i;
  }
  return -1;
}

char UsccCheck(const std::string& code) {
  static const int kWeights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                 29, 25, 13, 8,  24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int v = UsccValue(code[static_cast<size_t>(i)]);
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  int c = (31 - sum % 31) % 31;
  return kUsccAlphabet[c];
}

}  // namespace

std::string CompactOrgCode(const std::string& code) {
  if (code.size() == 10 && code[8] == '-') return code.substr(0, 8) + code[9];
  return code;
}

char ExpectedCheckChar(const std::string& code) {
  const std::string c = CompactOrgCode(code);
  if (c.size() == 9) return OrgCheck(c.substr(0, 8));
  if (c.size() == 18) return UsccCheck(c);
  return '\0';
}

bool IsValidOrgCode(const std::string& code) {
  const std::string c = CompactOrgCode(code);
  if (c.size() != 9 && c.size() != 18) return false;
  char expected = ExpectedCheckChar(c);
  return expected != '\0' && c.back() == expected;
}

}  // namespace disclose
