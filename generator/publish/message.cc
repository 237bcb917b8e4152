#include "publish/message.h"

#include <map>

#include "base/text.h"
#include "model/document_change.h"
#include "model/identity.h"
#include "model/record.h"

namespace disclose {

namespace {

// Control characters become spaces; the result is trimmed.
std::string OneLine(std::string_view text) {
  return Trim(ReplaceControlChars(text, " "));
}

// Text that may span lines: its first line, then each further line on a
// continuation line that starts with `indent`. Blank lines are dropped, so
// the text stays inside the body's paragraph and no line of it starts at
// the first column.
std::string Continued(std::string_view text, const std::string& indent) {
  std::vector<std::string> lines;
  for (const auto& line : Split(text, '\n')) {
    std::string l = OneLine(line);
    if (!l.empty()) lines.push_back(std::move(l));
  }
  return Join(lines, ("\n" + indent).c_str());
}

// "Publish: 1 added, 2 amended".
std::string GeneratedSubject(const PublicationChanges& changes) {
  std::vector<std::string> parts;
  auto count = [&](const std::vector<const Document*>& v, const char* what) {
    if (!v.empty()) parts.push_back(std::to_string(v.size()) + " " + what);
  };
  count(changes.added, "added");
  count(changes.amended, "amended");
  count(changes.repealed, "repealed");
  count(changes.withdrawn, "withdrawn");
  return parts.empty() ? "Publish:" : "Publish: " + Join(parts, ", ");
}

// "Amended <索引号> <title> (<file>)", then `label: note` indented below it
// when there is a note.
std::string DocumentLines(const char* what, const Document& d,
                          const char* label, const std::string& note) {
  std::string out = std::string(what) + " " + OneLine(d.index_no) + " " +
                    OneLine(d.title) + " (" + OneLine(d.source_path) + ")\n";
  const std::string text = Continued(note, "    ");
  if (!text.empty()) out += std::string("  ") + label + ": " + text + "\n";
  return out;
}

}  // namespace

Status CheckSubject(const std::string& subject) {
  if (subject.empty()) return Status::Ok();
  const std::string the = "--message: the subject";
  if (FindInvalidUtf8(subject)) {
    return Status::Error(the + " is not valid UTF-8");
  }
  const std::string control = DescribeControl(subject);
  if (control == "a line break") {
    return Status::Error(the +
                         " contains a line break; write it on one line "
                         "(disclose adds the lines about each document and "
                         "the trailers itself)");
  }
  if (!control.empty()) {
    return Status::Error(the + " contains " + control + "; remove it");
  }
  const std::string trimmed = Trim(subject);
  if (trimmed.empty()) {
    return Status::Error(the +
                         " is blank; write one, or leave out --message for a "
                         "generated one");
  }
  if (size_t n = CountChars(subject); n > kMaxSubjectChars) {
    return Status::Error(the + " is " + std::to_string(n) +
                         " characters long; keep it to " +
                         std::to_string(kMaxSubjectChars));
  }
  if (StartsWith(trimmed, "---")) {
    return Status::Error(the +
                         " starts with ---, which git reads as the start of a "
                         "patch; reword it");
  }
  if (StartsWith(trimmed, "#")) {
    return Status::Error(the +
                         " starts with #, which git reads as a comment; "
                         "reword it");
  }
  return Status::Ok();
}

PublicationChanges ClassifyChanges(const CheckedSite& site) {
  std::map<std::string, const PublishedDoc*> before;
  for (const auto& p : site.published) before[p.index_no] = &p;
  PublicationChanges c;
  for (const auto& d : site.documents) {
    auto it = before.find(d.index_no);
    PublishedDoc now;
    PublishedFromRecord(DocumentRecord(d), &now);
    const ValidityMeaning meaning = [&](const std::string& type,
                                        const std::string& value) {
      return site.config.ValidityOf(type, value);
    };
    switch (ClassifyChange(it == before.end() ? nullptr : it->second, now,
                           meaning)) {
      case DocumentChange::kUnchanged:
        break;
      case DocumentChange::kAdded:
        c.added.push_back(&d);
        break;
      case DocumentChange::kAmended:
        c.amended.push_back(&d);
        break;
      case DocumentChange::kRepealed:
        c.repealed.push_back(&d);
        break;
      case DocumentChange::kWithdrawn:
        c.withdrawn.push_back(&d);
        break;
    }
  }
  return c;
}

std::string PublicationMessage(const std::string& subject,
                               const PublicationChanges& changes,
                               size_t documents) {
  std::string out = OneLine(subject);
  if (out.empty() || !CheckSubject(out).ok()) out = GeneratedSubject(changes);
  out += "\n\n";
  for (const Document* d : changes.added) {
    out += DocumentLines("Added", *d, "", "");
  }
  for (const Document* d : changes.amended) {
    out += DocumentLines("Amended", *d, "更新说明", d->change_note);
  }
  for (const Document* d : changes.repealed) {
    out += d->repealed_by.empty()
               ? DocumentLines("Repealed", *d, "废止原因", d->repeal_reason)
               : DocumentLines("Repealed", *d, "废止依据", d->repealed_by);
  }
  for (const Document* d : changes.withdrawn) {
    out += DocumentLines("Withdrawn", *d, "撤回原因",
                         d->withdrawn ? d->withdrawn->reason : "");
  }
  // The trailers: the final paragraph, and the only lines of the message
  // that start with a key.
  out += "\n";
  auto trailers = [&](const std::vector<const Document*>& v, const char* key) {
    for (const Document* d : v) {
      out += std::string(key) + ": " + OneLine(d->index_no) + "\n";
    }
  };
  trailers(changes.added, "Disclose-Added");
  trailers(changes.amended, "Disclose-Amended");
  trailers(changes.repealed, "Disclose-Repealed");
  trailers(changes.withdrawn, "Disclose-Withdrawn");
  out += "Disclose-Documents: " + std::to_string(documents) + "\n";
  return out;
}

}  // namespace disclose
