// Splits a document's source into its YAML front matter and Markdown body.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// Removes a UTF-8 byte order mark and turns CRLF into LF, so that every
// line number stays the line in the file. In a file without any line feed,
// every carriage return ends a line (the old Mac line ends, which editors
// show as lines); elsewhere a carriage return without a line feed stays: it
// is a control character, reported where it is.
std::string NormalizeSource(std::string text);

// Whether text is UTF-8, scanned once. When it is not, reports D113 if it
// was saved in another encoding (GuessForeignEncoding in base/text.h:
// UTF-16, UTF-32, GB18030), naming it, at the first byte that is not UTF-8
// (line 1 for UTF-16 and UTF-32, whose every line ends differently), and
// otherwise D107 at that byte; then returns false.
bool CheckEncoding(const std::string& path, const std::string& text,
                   Diagnostics& diags);

// Reports the first control character of every line of text (see
// FindControlChar in base/text.h: anything but tab and line feed) as D109
// at its line and column, text starting at column 1 of first_line, and
// replaces each control character with U+FFFD, so that later stages never
// see one and columns stay as they were. Returns how many it replaced.
int ReportControlChars(std::string& text, int first_line,
                       const std::string& path, Diagnostics& diags);

// A field's name as messages give it, from its English form: "标题 (title)"
// is "标题（title）" in Chinese; a bare key path ("departments[1].name") is
// the same in both.
Said FieldNameSaid(const std::string& name);

// The name followed by rest: with a space in English; in Chinese directly
// ("标题（title）的…"), or with a space after a name that ends in a Latin
// character ("summary 的…").
Said SubjectSaid(const Said& name, const Said& rest);

// When the scalar holds an invisible character (IsInvisibleChar: a bidi
// override or isolate, a zero-width character), adds a D110 warning at it:
// "<name> contains the invisible character U+202E (right-to-left override)
// at character 5" / "<name>的第 5 个字符是不可见字符 U+202E（从右至左强制）".
// For text read as a name: titles, issuers, departments. A name given as
// one string is read by FieldNameSaid.
void WarnIfInvisible(const YamlNode& scalar, const Said& name,
                     const std::string& path, Diagnostics& diags);
void WarnIfInvisible(const YamlNode& scalar, const std::string& name,
                     const std::string& path, Diagnostics& diags);
inline void WarnIfInvisible(const YamlNode& scalar, const char* name,
                            const std::string& path, Diagnostics& diags) {
  WarnIfInvisible(scalar, std::string(name), path, diags);
}

struct FrontMatterSplit {
  bool ok = false;
  std::string yaml;   // between the two '---' lines
  int yaml_line = 0;  // line of the first YAML line in the file
  std::string body;   // after the closing '---' line
  int body_line = 0;  // line of the first body line in the file
};

// REQUIRES: text was normalized. The front matter must open on line 1 with
// '---' and close with a line '---'. Problems: D100.
FrontMatterSplit SplitFrontMatter(const std::string& text,
                                  const std::string& path, Diagnostics& diags);

}  // namespace disclose
