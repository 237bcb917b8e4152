// What changed in a document between two of its records: fields side by
// side, fee rows added, removed and changed (by 收费项目), and the text
// compared by character.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/text_diff.h"
#include "base/value.h"

namespace disclose {

struct FieldChange {
  std::string key;
  // Each side as readers see it (ValueText, model/value_text.h), so that a
  // field reads the same here as on the document page.
  std::string before;  // "" when the field was not given
  std::string after;
};

struct FeeRowChange {
  enum Kind { kAdded, kRemoved, kChanged };
  Kind kind = kChanged;
  std::string table;          // the table's caption
  std::string item;           // 收费项目
  std::string before_amount;  // 收费标准, "" when added
  std::string after_amount;   // "" when removed
  std::string before_unit;    // 计费单位
  std::string after_unit;
};

struct RecordDiff {
  enum Kind { kAdded, kRemoved, kChanged };
  Kind kind = kChanged;
  std::string index_no;
  std::string title;
  std::vector<FieldChange> fields;
  std::vector<FeeRowChange> fee_rows;
  bool body_changed = false;
  std::vector<DiffSpan> body;  // when changed
};

// One record against another (either may be null for added/removed).
RecordDiff DiffRecord(const Value* before, const Value* after);

// Every document that differs between two publications' records (by
// 索引号), sorted by 索引号.
std::vector<RecordDiff> DiffRecords(const std::map<std::string, Value>& before,
                                    const std::map<std::string, Value>& after);

// The diff as JSON, for `disclose diff --format json`.
Value RecordDiffsJson(const std::vector<RecordDiff>& diffs);

}  // namespace disclose
