// Rules that keep the published record honest: a published document cannot
// disappear, its 索引号 and address never change, and a change to what it
// says needs a new 更新说明 (withdrawing or repealing it needs none: the
// reason is the note).
#include <map>

#include "base/diagnostic_codes.h"
#include "model/record.h"
#include "validate/validate.h"

namespace disclose {

namespace {

// A published document whose 索引号 is gone: changed in the same file
// (D801), or the file deleted (D800).
void ReportGone(const PublishedDoc& p,
                const std::map<std::string, const Document*>& by_source,
                Diagnostics& diags) {
  auto same_file = by_source.find(p.source);
  if (same_file != by_source.end()) {
    const Document& d = *same_file->second;
    diags.Error(
        kIndexNoChanged, d.source_path, d.FieldLine("index_no"),
        d.FieldColumn("index_no"),
        Said{"索引号 (index_no) was published as ", "索引号（index_no）已按"} +
            Quote(p.index_no) +
            Said{" and never changes, got ", "发布，不能更改，现为"} +
            Quote(d.index_no),
        {"write " + p.index_no, "改为 " + p.index_no});
  } else {
    diags.Error(kPublishedDeleted, p.source, 0, 0,
                {"this document (索引号 " + p.index_no + ", " + p.title +
                     ") was published and cannot simply be deleted",
                 "这份文档（索引号 " + p.index_no + "，" + p.title +
                     "）已经发布，不能直接删除"},
                {"put the file back and withdraw it: add withdrawn: "
                 "{date: YYYY-MM-DD, reason: 撤回原因}",
                 "把文件放回原处并撤回它：添加 withdrawn: "
                 "{date: YYYY-MM-DD, reason: 撤回原因}"});
  }
}

}  // namespace

void CheckAgainstPublished(const std::vector<Document>& docs,
                           const std::vector<PublishedDoc>& published,
                           Diagnostics& diags) {
  std::map<std::string, const Document*> by_index_no, by_source;
  for (const auto& d : docs) {
    by_index_no[d.index_no] = &d;
    by_source[d.source_path] = &d;
  }
  for (const auto& p : published) {
    auto now = by_index_no.find(p.index_no);
    if (now == by_index_no.end()) {
      ReportGone(p, by_source, diags);
      continue;
    }
    const Document& d = *now->second;
    if (d.url != p.url) {
      diags.Error(
          kAddressChanged, d.source_path, d.FieldLine("index_no"),
          d.FieldColumn("index_no"),
          {"this document (索引号 " + p.index_no + ") was published at " +
               p.url + " and its address never changes",
           "这份文档（索引号 " + p.index_no + "）已在 " + p.url +
               " 发布，地址不能更改"},
          {"move the file back to " + p.source, "把文件移回 " + p.source});
      continue;
    }
    if (p.withdrawn && !d.withdrawn) {
      diags.Error(kWithdrawnReturned, d.source_path, 1, 1,
                  {"this document was withdrawn and cannot come back",
                   "这份文档已经撤回，不能恢复"},
                  {"keep its withdrawn: field; publish a new document instead",
                   "保留它的 withdrawn: 字段；需要时另行发布一份新文档"});
      continue;
    }
    // Withdrawing or repealing it needs no 更新说明 of its own: the reason
    // is the note (VersionNote).
    const bool newly_withdrawn = d.withdrawn && !p.withdrawn;
    const bool newly_repealed =
        d.validity_meaning == Validity::kRepealed && d.validity != p.validity;
    if (!newly_withdrawn && !newly_repealed &&
        ContentKey(DocumentRecord(d)) != p.content_key &&
        d.change_note == p.change_note) {
      const bool has_note = d.field_lines.count("change_note") > 0;
      diags.Error(kChangeWithoutNote, d.source_path,
                  has_note ? d.FieldLine("change_note") : 1,
                  has_note ? d.FieldColumn("change_note") : 1,
                  {"the document changed since it was published, so 更新说明 "
                   "(change_note) must say what changed",
                   "文档发布后有改动，更新说明（change_note）应说明改了什么"},
                  p.change_note.empty()
                      ? Said{"add a line change_note: 说明本次更新的内容",
                             "添加一行 change_note: 说明本次更新的内容"}
                      : Said{"write a new change_note; the published one is ",
                             "写一条新的 change_note；已发布的是"} +
                            Quote(p.change_note));
    }
  }
}

}  // namespace disclose
