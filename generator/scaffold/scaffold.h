// scaffold: the text of a new document for `disclose new`. Every field of the
// type's schema is there, in schema order, under a comment with its Chinese
// label, whether it is required, its rule and an example. The tool fills in
// what it knows (type, the next free 索引号, the department, today as
// 发布日期, 有效); every other required field holds a placeholder
// (【待填写】 and the label, see validate/placeholder.h) that `disclose check`
// reports until it is replaced; optional fields are commented out.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "base/text.h"
#include "config/config.h"
#include "model/source.h"

namespace disclose {

struct ScaffoldRequest {
  std::string type;  // a schema's type, e.g. "notice"
  // content/<section>/<year>/<slug>.md, relative to the site root; the
  // leading "content/" and the ".md" may be left out.
  std::string path;
  // An id in departments.yaml; "" means the department whose name (or full
  // name) is the publisher's name in site.yaml.
  std::string department;
  Date today;  // the new document's 发布日期
};

struct Scaffold {
  std::string path;        // content/<section>/<year>/<slug>.md
  std::string text;        // the whole document
  std::string index_no;    // the next free one of its department and year
  std::string department;  // the id
  int placeholders = 0;    // required fields left for the author
};

// Builds the document. A request that cannot be met (unknown type, section
// or department, a path of the wrong shape, a year folder that is not the
// year of `today`, no serial left) is a failed Status whose message is
// written for the author. `documents` are the site's existing documents:
// their 索引号 decide the next free serial.
StatusOr<Scaffold> MakeScaffold(const Config& config,
                                const std::vector<SourceFile>& documents,
                                const ScaffoldRequest& request);

// The serial after the highest one in use by the department (`org_code`) in
// the period of `date` (its year, or its month when the layout has
// {yyyymm}), among the 索引号 written in `documents` that follow `layout`.
// Documents whose front matter cannot be read are skipped; invalid ones
// still count, so that a serial is never handed out twice. 1 when none.
int NextSerial(const std::vector<SourceFile>& documents,
               const std::string& layout, const std::string& org_code,
               const Date& date);

// Writes the scaffold at site_root/scaffold.path, creating its folders.
// Refuses (a failed Status) when a file or folder is already there.
Status WriteScaffold(FileSystem& fs, const std::string& site_root,
                     const Scaffold& scaffold);

}  // namespace disclose
