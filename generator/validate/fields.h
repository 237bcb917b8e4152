// FieldChecker: checks one front matter value against its FieldSpec, one
// short function per kind of field. Internal to validate/ (ValidateDocument
// uses it); declared here so that tests can check a value alone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/value.h"
#include "config/config.h"
#include "frontmatter/yaml_tree.h"
#include "model/document.h"

namespace disclose {

class FieldChecker {
 public:
  // root: the whole front matter, for hints that need other fields.
  // doc: the document being validated; its source_path names the file in
  // diagnostics and its type the document's schema, and document references
  // are added to its refs. All must outlive the checker.
  FieldChecker(const Config& config, const YamlNode& root, Diagnostics& diags,
               Document& doc)
      : config_(config), root_(root), diags_(diags), doc_(doc) {}

  // The field's name in messages: "标题 (title)" in English, "标题（title）"
  // in Chinese.
  static Said Name(const FieldSpec& spec, const std::string& keypath);

  // Reports spec as required but missing (D200) at line:column.
  void Missing(const FieldSpec& spec, const std::string& keypath, int line,
               int column);

  // Returns the validated value, or a null Value when the value is missing
  // or wrong (the problem is reported).
  Value Check(const FieldSpec& spec, const YamlNode& node,
              const std::string& keypath);

 private:
  // Where a scalar value is and what messages call it.
  struct At {
    const FieldSpec& spec;
    const std::string& keypath;
    Said name;  // Name(spec, keypath)
    int line;
    int column;
  };

  void Error(const char* code, const At& at, Said message, Said hint = {});
  // A warning whose certain fix replaces `from` with `to` at the value.
  void WarnWithFix(const char* code, const At& at, Said message, Said hint,
                   std::string from, std::string to);

  Value CheckList(const FieldSpec& spec, const YamlNode& node,
                  const std::string& keypath);
  // A list field with `split` written as one text: the list of its items,
  // each at the text's place, and a D221 warning whose fix writes the text
  // as a flow list [a, b].
  YamlNode SplitListText(const FieldSpec& spec, const YamlNode& node,
                         const std::string& keypath);
  Value CheckRecord(const FieldSpec& spec, const YamlNode& node,
                    const std::string& keypath);
  // A phone field written as a list of numbers.
  Value CheckPhoneList(const FieldSpec& spec, const YamlNode& node,
                       const std::string& keypath);
  // One name or a list of names (names.cc): always a list of texts.
  Value CheckNames(const FieldSpec& spec, const YamlNode& node,
                   const std::string& keypath);

  // The trimmed text of a scalar of one line (a long_text may have more),
  // or nullopt when node is not such a scalar (D202, D203).
  std::optional<std::string> ScalarText(const At& at, const YamlNode& node);
  // Checks text by the kind of at.spec; true when it is valid.
  bool CheckScalar(const At& at, const std::string& text);

  bool CheckText(const At& at, const std::string& text);
  bool CheckDate(const At& at, const std::string& text);
  bool CheckEnum(const At& at, const std::string& text);
  bool CheckDocNoField(const At& at, const std::string& text);
  bool CheckPhoneField(const At& at, const std::string& text);
  bool CheckIndexNoField(const At& at, const std::string& text);
  bool CheckDepartment(const At& at, const std::string& text);
  bool CheckCategory(const At& at, const std::string& text);
  bool CheckPeriodField(const At& at, const std::string& text);
  bool CheckDays(const At& at, const std::string& text);
  bool CheckCount(const At& at, const std::string& text);
  bool CheckUrlField(const At& at, const std::string& text);
  // A number written with full-width digits (２０个工作日, ０７３６-…): a
  // warning (D225) whose fix writes ASCII digits.
  void WarnFullWidthDigits(const At& at, const std::string& text);
  // A reference is resolved once every document is known
  // (CheckAcrossDocuments); here it is only recorded.
  void AddReference(const At& at, const std::string& text);

  // An index_no in the site's layout for this document's department and
  // date, as far as the front matter gives them.
  std::string ExampleIndexNo() const;
  Said SuggestDepartment(const std::string& text) const;
  // The hint for a category that is not the site's (D302).
  Said CategoryHint(const std::string& text) const;
  // The document type's label, e.g. 办事指南.
  std::string TypeLabel() const;

  const Config& config_;
  const YamlNode& root_;
  Diagnostics& diags_;
  Document& doc_;
};

// A hint for a date that is almost right: 2005-1-5, 2005/01/05, 2005年1月5日.
Said DateHint(const std::string& text);

// Items joined for a message: "a, b, c" in English, "a、b、c" in Chinese.
Said JoinSaid(const std::vector<std::string>& items);

}  // namespace disclose
