// Who signs a publication's commit, and the rules that keep that signature
// readable by git. A commit's author line is "name <email> time zone" on
// one line: a line break, a NUL or an angle bracket in either part writes a
// commit that no later command (nor `git fsck`) can parse.
//
// The same rules apply to `--author` and to site.yaml's publisher, so they
// live here, below the configuration, rather than in message.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/said.h"
#include "base/status.h"

namespace disclose {

// Who made a commit: the name and the address git writes.
struct Signature {
  std::string name;
  std::string email;
};

// "Name <email>" -> Signature, checked with CheckIdentity as `--author`.
// The error names what was wrong, e.g. "--author: the name contains a line
// break; write the name on one line".
StatusOr<Signature> ParseAuthor(const std::string& text);

// Ok when the signature can be written into a commit. `where` names where
// it came from ("--author", "site.yaml publisher") and starts the message.
Status CheckIdentity(const Signature& who, const std::string& where);

// The two halves of CheckIdentity, for callers that report each at its own
// place (site.yaml's name and email lines).
// Name: not blank, valid UTF-8, no control character, no < or >.
Status CheckIdentityName(const std::string& name, const std::string& where);
// Email: valid UTF-8, no control character, no space, no < or >, exactly
// one @ with text on both sides.
Status CheckIdentityEmail(const std::string& email, const std::string& where);
// The same problems as sentences in each language, for a diagnostic (the
// Status above carries the English); empty when there is none.
Said IdentityNameProblem(const std::string& name, const Said& where);
Said IdentityEmailProblem(const std::string& email, const Said& where);

// The length in bytes of the control character that starts at s[i]: 1 for
// C0 (U+0000-U+001F) and DEL, 2 for C1 (U+0080-U+009F in UTF-8), else 0.
size_t ControlCharAt(std::string_view s, size_t i);

// s with every control character (ControlCharAt) replaced by `with`.
std::string ReplaceControlChars(std::string_view s, std::string_view with);

// "a line break" for \n and \r, otherwise "a control character (U+001B)",
// naming the first control character in s; "" when s has none.
std::string DescribeControl(std::string_view s);

}  // namespace disclose
