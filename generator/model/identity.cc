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

// The part of a signature in each language: `part` is "name" or "email".
Said PartSaid(const char* part) {
  return std::string(part) == "name" ? Said{"name", "名称"}
                                     : Said{"email", "邮箱"};
}

// What every part of a signature must be: valid UTF-8 without control
// characters or angle brackets. Empty when it is.
Said PartProblem(const std::string& text, const char* part, const Said& where) {
  const Said it = PartSaid(part);
  const Said the = where + Said{": the " + it.en, "：" + it.zh};
  if (FindInvalidUtf8(text)) {
    return the + Said{" is not valid UTF-8", "不是有效的 UTF-8 文本"};
  }
  const std::string control = DescribeControl(text);
  if (control == "a line break") {
    return the +
           Said{" contains a line break; write the " + it.en + " on one line",
                "中有换行；把" + it.zh + "写在一行内"};
  }
  if (!control.empty()) {
    const std::string code = control.substr(control.find("U+"), 6);
    return the + Said{" contains " + control + "; remove it",
                      "中有控制字符 " + code + "；删除它"};
  }
  if (text.find_first_of("<>") != std::string::npos) {
    return where +
           Said{": the " + it.en + " \"" + text +
                    "\" contains < or >, which git uses to mark the email; "
                    "leave them out",
                "：" + it.zh + "“" + text +
                    "”中有 < 或 >，git 用它们标记邮箱；去掉它们"};
  }
  return {};
}

Status ToStatus(const Said& problem) {
  return problem.empty() ? Status::Ok() : Status::Error(problem.en);
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

Said IdentityNameProblem(const std::string& name, const Said& where) {
  if (Trim(name).empty()) {
    return where + Said{
                       ": the name is empty; write who publishes, e.g. "
                       "市政务服务中心",
                       "：名称为空；写出发布者，例如 市政务服务中心"};
  }
  return PartProblem(name, "name", where);
}

Said IdentityEmailProblem(const std::string& email, const Said& where) {
  Said problem = PartProblem(email, "email", where);
  if (!problem.empty()) return problem;
  if (email.find_first_of(" \t") != std::string::npos) {
    return where + Said{": the email \"" + email +
                            "\" contains a space; an address has none",
                        "：邮箱“" + email + "”中有空格；邮箱地址中不能有空格"};
  }
  const size_t at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find('@', at + 1) != std::string::npos) {
    return where + Said{": the email \"" + email +
                            "\" is not an address; write it as "
                            "zwzx@example.gov.cn, with one @",
                        "：邮箱“" + email +
                            "”不是有效的地址；写成 zwzx@example.gov.cn "
                            "这样，只有一个 @"};
  }
  return {};
}

Status CheckIdentityName(const std::string& name, const std::string& where) {
  return ToStatus(IdentityNameProblem(name, Said{where, where}));
}

Status CheckIdentityEmail(const std::string& email, const std::string& where) {
  return ToStatus(IdentityEmailProblem(email, Said{where, where}));
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
