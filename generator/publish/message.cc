#include "publish/message.h"

#include <map>

#include "base/text.h"
#include "model/record.h"

namespace disclose {

std::optional<Signature> ParseAuthor(const std::string& text) {
  size_t open = text.find('<');
  size_t close = text.rfind('>');
  if (open == std::string::npos || close == std::string::npos || close < open ||
      close + 1 != text.size()) {
    return std::nullopt;
  }
  Signature s{Trim(text.substr(0, open)),
              Trim(text.substr(open + 1, close - open - 1))};
  if (s.name.empty() || s.email.find('@') == std::string::npos) {
    return std::nullopt;
  }
  return s;
}

PublicationChanges ClassifyChanges(const CheckedSite& site) {
  std::map<std::string, const PublishedDoc*> before;
  for (const auto& p : site.published) before[p.index_no] = &p;
  PublicationChanges c;
  for (const auto& d : site.documents) {
    auto it = before.find(d.index_no);
    if (it == before.end()) {
      c.added.push_back(&d);
      continue;
    }
    const PublishedDoc& p = *it->second;
    if (d.withdrawn && !p.withdrawn) {
      c.withdrawn.push_back(&d);
    } else if (d.validity == "废止" && p.validity != "废止") {
      c.repealed.push_back(&d);
    } else if (ContentKey(DocumentRecord(d)) != p.content_key ||
               d.change_note != p.change_note || d.validity != p.validity) {
      c.amended.push_back(&d);
    }
  }
  return c;
}

std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents) {
  std::string out = subject;
  if (out.empty()) {
    std::vector<std::string> parts;
    auto count = [&](const std::vector<const Document*>& v, const char* what) {
      if (!v.empty()) parts.push_back(std::to_string(v.size()) + " " + what);
    };
    count(changes.added, "added");
    count(changes.amended, "amended");
    count(changes.repealed, "repealed");
    count(changes.withdrawn, "withdrawn");
    out = "Publish:";
    for (size_t i = 0; i < parts.size(); ++i) {
      out += (i ? ", " : " ") + parts[i];
    }
  }
  out += "\n\n";
  auto lines = [&](const std::vector<const Document*>& v, const char* what,
                   auto&& extra) {
    for (const Document* d : v) {
      out += std::string(what) + " " + d->index_no + " " + d->title + " (" +
             d->source_path + ")" + extra(*d) + "\n";
    }
  };
  auto none = [](const Document&) { return std::string(); };
  lines(changes.added, "Added", none);
  lines(changes.amended, "Amended", [](const Document& d) {
    return d.change_note.empty() ? std::string()
                                 : "\n  更新说明: " + d.change_note;
  });
  lines(changes.repealed, "Repealed", [](const Document& d) {
    return d.repealed_by.empty() ? "\n  废止原因: " + d.repeal_reason
                                 : "\n  废止依据: " + d.repealed_by;
  });
  lines(changes.withdrawn, "Withdrawn", [](const Document& d) {
    return "\n  撤回原因: " + d.withdrawn->reason;
  });
  out += "\n";
  auto trailers = [&](const std::vector<const Document*>& v, const char* key) {
    for (const Document* d : v)
      out += std::string(key) + ": " + d->index_no + "\n";
  };
  trailers(changes.added, "Disclose-Added");
  trailers(changes.amended, "Disclose-Amended");
  trailers(changes.repealed, "Disclose-Repealed");
  trailers(changes.withdrawn, "Disclose-Withdrawn");
  out += "Disclose-Documents: " + std::to_string(documents) + "\n";
  return out;
}

Status CheckIdentity(const Signature& who, const std::string& where) {
  for (const std::string* s : {&who.name, &who.email}) {
    for (unsigned char c : *s) {
      if (c < 0x20 || c == 0x7f || c == '<' || c == '>') {
        return Status::Error(where + ": \"" + who.name + " <" + who.email +
                             ">\" holds a character a commit cannot carry");
      }
    }
  }
  if (Trim(who.name).empty() || who.email.find('@') == std::string::npos) {
    return Status::Error(where + ": a name and an email are needed");
  }
  return Status::Ok();
}

Status CheckSubject(const std::string& subject) {
  for (unsigned char c : subject) {
    if (c < 0x20 || c == 0x7f) {
      return Status::Error("--message must be one line of text");
    }
  }
  return Status::Ok();
}

}  // namespace disclose
