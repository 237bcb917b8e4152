// Which link targets a page may carry. Include only from markdown/.
#pragma once

#include <string_view>

namespace disclose {

// True when the URL must lose its target: it has a scheme other than
// http, https, mailto and tel, read as a browser reads it (case, leading
// controls and spaces, tabs and line breaks inside do not hide it). An
// image may also be an inline PNG, GIF, JPEG or WebP (data:image/...).
bool HasDangerousScheme(std::string_view url, bool is_image);

}  // namespace disclose
