// OutputFile: one file of the built site, in memory until `write`.
#pragma once

#include <string>

namespace disclose {

struct OutputFile {
  std::string
      path;  // relative to the output root, e.g. "fees/2005/x/index.html"
  std::string data;
};

}  // namespace disclose
