#include "links/broken.h"

#include <optional>

#include "base/diagnostic_codes.h"
#include "base/text.h"

namespace disclose {

namespace {

// What the reference is, as the message names it.
Said KindName(ReferenceKind kind) {
  switch (kind) {
    case ReferenceKind::kLink:
      return {"the link", "链接"};
    case ReferenceKind::kImage:
      return {"the image", "图片"};
    case ReferenceKind::kScript:
      return {"the script", "脚本"};
    case ReferenceKind::kStylesheet:
      return {"the stylesheet", "样式表"};
    case ReferenceKind::kMedia:
      return {"the audio or video", "音视频文件"};
    case ReferenceKind::kFrame:
      return {"the embedded page", "嵌入页面"};
    case ReferenceKind::kEmbed:
      return {"the embedded file", "嵌入文件"};
    case ReferenceKind::kForm:
      return {"the form's address", "表单提交地址"};
  }
  return {"the link", "链接"};
}

// At most 100 characters of text, then "…": a message quotes a target, not
// a page of it.
std::string Shorten(const std::string& text) {
  size_t i = 0;
  for (int chars = 0; i < text.size() && chars < 100; ++chars) {
    char32_t cp = 0;
    const size_t n = DecodeUtf8(text, i, &cp);
    i += n == 0 ? 1 : n;
  }
  return i < text.size() ? text.substr(0, i) + "…" : text;
}

// Where the document's file writes target: as a Markdown link's address
// ("(target", "<target"), a link definition's or a field's (": target"),
// or anywhere; as written or percent-decoded (cmark-gfm encodes what the
// author wrote as it is). nullopt when the file does not hold it.
std::optional<size_t> FindWritten(const std::string& text,
                                  const std::string& target) {
  if (target.empty()) return std::nullopt;
  for (const std::string& form : {target, PercentDecode(target)}) {
    for (const std::string before : {"(", "<", ": ", ""}) {
      const size_t at = text.find(before + form);
      if (at != std::string::npos) return at + before.size();
    }
  }
  return std::nullopt;
}

Said Message(const BrokenReference& b) {
  const Said kind = KindName(b.kind);
  const std::string line = std::to_string(b.page_line);
  Said said{kind.en + " ",
            "页面 " + b.page + "（第 " + line + " 行）上的" + kind.zh};
  said += Quote(Shorten(b.target));
  const Said on{" on the page " + b.page + " (line " + line + ")", ""};
  if (!b.anchor) {
    return said + on +
           Said{" leads to no file of the built site",
                "所指的文件在生成的网站中不存在"};
  }
  const Said id = Quote(Shorten(b.destination.fragment));
  const std::string missing = Shorten(b.missing);
  const Said lacks = b.missing == b.page ? Said{"the page", "本页"}
                                         : Said{missing, missing + " "};
  return said + on + Said{" leads to no anchor: ", "所指的锚点不存在："} +
         lacks + Said{" has no element with id ", "中没有 id 为"} + id +
         Said{"", "的元素"};
}

Said Hint(const BrokenReference& b, const std::string& base_path) {
  const Destination& d = b.destination;
  if (b.frozen_version > 0) {
    const std::string n = std::to_string(b.frozen_version);
    return {"this page is version " + n +
                " of the document as it was published, which cannot "
                "change; the current version can be corrected",
            "本页是该文档第 " + n +
                " 版发布时的原样，不能再修改；当前版本可以更正"};
  }
  if (!b.suggestion.empty()) {
    const std::string near =
        Shorten(b.anchor ? "#" + b.suggestion : base_path + b.suggestion);
    return Said{"did you mean ", "是否应为"} + Quote(near) + Said{"?", "？"};
  }
  if (b.anchor) {
    return {
        "link to the page without \"#…\", or to an anchor it has; "
        "headings in a document's text get no anchor",
        "请去掉“#…”直接链接到该页面，或链接到页面中已有的锚点；"
        "文档正文中的标题没有锚点"};
  }
  if (d.kind == Destination::Kind::kOutsideSite) {
    return {"the site's addresses start with " + base_path + ": write " +
                base_path +
                "… for a page of the site, or the full address "
                "(https://…) for a page outside it",
            "本站的地址都以 " + base_path + " 开头：站内页面请写 " + base_path +
                "…，站外页面请写完整地址（https://…）"};
  }
  if (d.relative) {
    const std::string read_as = Shorten(d.url_path);
    return {
        "an address that does not start with / is read from the "
        "page's folder, here as " +
            read_as + "; write it from the site's root (starting with " +
            base_path + ") so that it reads the same on every page",
        "不以 / 开头的地址从页面所在的文件夹读起，这里读作 " + read_as +
            "；请从网站根目录写起（以 " + base_path +
            " 开头），这样在每个页面上都一样"};
  }
  const std::string missing = Shorten(b.missing);
  return {"the site has no file " + missing +
              "; write an address of the site as the browser shows it, or "
              "the full address (https://…) of another site",
          "网站中没有文件 " + missing +
              "；请写浏览器中显示的站内地址，站外地址请写完整（https://…）"};
}

}  // namespace

Diagnostic DescribeBroken(const BrokenReference& b, const SourceFile* source,
                          bool locate, const std::string& base_path) {
  Diagnostic d;
  d.severity = b.frozen_version > 0 ? Severity::kWarning : Severity::kError;
  d.code = b.anchor ? kBrokenAnchor : kBrokenLink;
  d.message = Message(b);
  d.hint = Hint(b, base_path);
  if (source == nullptr) {
    d.path = b.page;
    d.line = b.page_line;
    d.column = b.page_column;
    return d;
  }
  d.path = source->path;
  if (!locate) return d;
  if (auto at = FindWritten(source->text, b.target)) {
    const LineColumn where = LocateOffset(source->text, *at);
    d.line = where.line;
    d.column = where.column;
  }
  return d;
}

}  // namespace disclose
