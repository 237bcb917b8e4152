#include "model/identity.h"

#include <cstdio>

#include "base/text.h"

namespace disclose {

namespace {

// The text as it may be shown in a message: control characters become
// U+FFFD, so that an error never moves the cursor or splits its own line.
std::string Shown(std::string_view s) {
  return ReplaceControlChars(s, "\xEF\xBF\xBD");
}

// What every part of a signature must be: valid UTF-8 without control
// characters or angle brackets. `part` is "name" or "email".
Status CheckPart(const std::string& text, const char* part,
                 const std::string& where) {
  const std::string the = where + ": the " + part;
  if (FindInvalidUtf8(text)) return Status::Error(the + " is not valid UTF-8");
  const std::string control = DescribeControl(text);
  if (control == "a line break") {
    return Status::Error(the + " contains a line break; write the " + part +
                         " on one line");
  }
  if (!control.empty()) {
    return Status::Error(the + " contains " + control + "; remove it");
  }
  if (text.find_first_of("<>") != std::string::npos) {
    return Status::Error(the + " \"" + text +
                         "\" contains < or >, which git uses to mark the "
                         "email; leave them out");
  }
  return Status::Ok();
}

}  // namespace

size_t ControlCharAt(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto next = static_cast<unsigned char>(s[i + 1]);
    if (next >= 0x80 && next <= 0x9F) return 2;
  }
  return 0;
}

std::string ReplaceControlChars(std::string_view s, std::string_view with) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = ControlCharAt(s, i)) {
      out += with;
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::string DescribeControl(std::string_view s) {
  if (s.find_first_of("\n\r") != std::string_view::npos) return "a line break";
  for (size_t i = 0; i < s.size(); ++i) {
    if (size_t n = ControlCharAt(s, i)) {
      unsigned code = n == 1 ? static_cast<unsigned char>(s[i])
                             : static_cast<unsigned char>(s[i + 1]);
      char buf[8];
      std::snprintf(buf, sizeof buf, "U+%04X", code);
      return std::string("a control character (") + buf + ")";
    }
  }
  return "";
}

Status CheckIdentityName(const std::string& name, const std::string& where) {
  if (Trim(name).empty()) {
    return Status::Error(where +
                         ": the name is empty; write who publishes, e.g. "
                         "市政务服务中心");
  }
  return CheckPart(name, "name", where);
}

Status CheckIdentityEmail(const std::string& email, const std::string& where) {
  Status s = CheckPart(email, "email", where);
  if (!s.ok()) return s;
  if (email.find_first_of(" \t") != std::string::npos) {
    return Status::Error(where + ": the email \"" + email +
                         "\" contains a space; an address has none");
  }
  const size_t at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find('@', at + 1) != std::string::npos) {
    return Status::Error(where + ": the email \"" + email +
                         "\" is not an address; write it as "
                         "zwzx@example.gov.cn, with one @");
  }
  return Status::Ok();
}

Status CheckIdentity(const Signature& who, const std::string& where) {
  Status s = CheckIdentityName(who.name, where);
  if (!s.ok()) return s;
  return CheckIdentityEmail(who.email, where);
}

StatusOr<Signature> ParseAuthor(const std::string& text) {
  const std::string t = Trim(text);
  const size_t open = t.rfind('<');
  if (open == std::string::npos || t.empty() || t.back() != '>') {
    return Status::Error("--author must be \"Name <email>\", got \"" +
                         Shown(text) + "\"");
  }
  Signature who{Trim(t.substr(0, open)),
                Trim(t.substr(open + 1, t.size() - open - 2))};
  Status s = CheckIdentity(who, "--author");
  if (!s.ok()) return s;
  return who;
}

}  // namespace disclose
