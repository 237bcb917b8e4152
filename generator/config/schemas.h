// Reading content/schemas/*.yaml. Internal to config/: ParseConfig calls it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/config.h"
#include "model/source.h"

namespace disclose {

// The schema of every type: core.yaml's fields and rules first, then the
// type's own. Problems are D601-D603 at their line.
std::map<std::string, Schema> ParseSchemas(const std::vector<SourceFile>& files,
                                           Diagnostics& diags);

// The meanings 有效, 失效 and 废止 have when a schema does not give any.
const std::map<std::string, Validity>& DefaultValidityMeanings();

// The role of a type whose schema does not say: kWindowAssessment for the
// type "assessment", as it always was; kNone for any other.
SchemaRole DefaultRole(const std::string& type);

}  // namespace disclose
