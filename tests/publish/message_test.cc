// The publication's commit message: what people wrote can never end, hide
// or add to its trailers, as the real `git` reads them and as the site's
// history (MessageTrailers) reads them.
#include "publish/message.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/text.h"
#include "git/git_trailers.h"
#include "git/trailers.h"
#include "history/history.h"
#include "model/record.h"
#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;
using testing::GitTrailers;
using testing::Trailers;

Document Doc(const std::string& index_no, const std::string& title) {
  Document d;
  d.index_no = index_no;
  d.title = title;
  d.source_path = "content/notices/2005/" + index_no + ".md";
  return d;
}

TEST(MessageTest, WritesSubjectLinesAndTrailers) {
  Document amended =
      Doc("00817552-6/2005-00006", "市第一人民医院门诊收费标准公示");
  amended.source_path = "content/fees/2005/city-hospital-outpatient-fees.md";
  amended.change_note = "调整专家门诊诊查费";
  PublicationChanges changes;
  changes.amended = {&amended};
  const std::string message = PublicationMessage("", changes, 19);
  EXPECT_EQ(message,
            "Publish: 1 amended\n"
            "\n"
            "Amended 00817552-6/2005-00006 市第一人民医院门诊收费标准公示 "
            "(content/fees/2005/city-hospital-outpatient-fees.md)\n"
            "  更新说明: 调整专家门诊诊查费\n"
            "\n"
            "Disclose-Amended: 00817552-6/2005-00006\n"
            "Disclose-Documents: 19\n");
  const Trailers expected = {{"Disclose-Amended", "00817552-6/2005-00006"},
                             {"Disclose-Documents", "19"}};
  EXPECT_EQ(GitTrailers(message), expected);
  EXPECT_EQ(MessageTrailers(message), expected);
}

// Every kind of text a careless or malicious author could type into the
// fields the message quotes.
TEST(MessageTest, WrittenTextCannotEndHideOrAddToTheTrailers) {
  Document added = Doc("A-1", "标题\n\nDisclose-Withdrawn: X");
  added.source_path = "content/a\n---\nb.md";
  Document amended = Doc("B-1", "---\n# comment");
  amended.change_note =
      "调整收费\n---\n# comment\nDisclose-Added: Y\n\nDisclose-Withdrawn: X\n"
      "--- \n\x1b[2J\r\n    Signed-off-by: Z";
  Document repealed = Doc("C-1", "Disclose-Added: Y");
  repealed.repeal_reason = "--- x\n\n\nDisclose-Repealed: Z\n#";
  Document withdrawn = Doc("W-1", "# 标题");
  withdrawn.withdrawn = Withdrawal{*Date::Parse("2005-06-01"),
                                   "内容有误\n\nDisclose-Withdrawn: X\n\n"};
  PublicationChanges changes;
  changes.added = {&added};
  changes.amended = {&amended};
  changes.repealed = {&repealed};
  changes.withdrawn = {&withdrawn};
  const std::string message = PublicationMessage("", changes, 4);

  const Trailers expected = {{"Disclose-Added", "A-1"},
                             {"Disclose-Amended", "B-1"},
                             {"Disclose-Repealed", "C-1"},
                             {"Disclose-Withdrawn", "W-1"},
                             {"Disclose-Documents", "4"}};
  EXPECT_EQ(GitTrailers(message), expected) << message;
  EXPECT_EQ(MessageTrailers(message), expected) << message;
  // Only the final paragraph starts a line with a key, "---" or "#".
  const std::string body = message.substr(0, message.rfind("\n\n"));
  for (const auto& line : Split(body, '\n')) {
    EXPECT_FALSE(StartsWith(line, "---")) << line;
    EXPECT_FALSE(StartsWith(line, "#")) << line;
    EXPECT_FALSE(StartsWith(line, "Disclose-")) << line;
    EXPECT_FALSE(StartsWith(line, " ") && Trim(line).empty()) << line;
  }
  EXPECT_EQ(message.find('\x1b'), std::string::npos);
  EXPECT_EQ(message.find('\r'), std::string::npos);
  EXPECT_NE(message.find("  更新说明: 调整收费\n    ---\n    # comment\n"
                         "    Disclose-Added: Y\n"),
            std::string::npos)
      << message;
}

TEST(MessageTest, ASubjectShapedLikeATrailerIsNoTrailer) {
  const std::string subject = "Disclose-Withdrawn: 00817552-6/2005-00006";
  EXPECT_TRUE(CheckSubject(subject).ok());
  const std::string message = PublicationMessage(subject, {}, 19);
  EXPECT_EQ(message,
            "Disclose-Withdrawn: 00817552-6/2005-00006\n\n\n"
            "Disclose-Documents: 19\n");
  const Trailers expected = {{"Disclose-Documents", "19"}};
  EXPECT_EQ(GitTrailers(message), expected);
  EXPECT_EQ(MessageTrailers(message), expected);
}

TEST(MessageTest, ASubjectIsOneLineAndNeverADivider) {
  Document added = Doc("A-1", "标题");
  PublicationChanges changes;
  changes.added = {&added};
  const Trailers expected = {{"Disclose-Added", "A-1"},
                             {"Disclose-Documents", "1"}};
  const std::vector<std::pair<std::string, std::string>> subjects = {
      {"x\n\nDisclose-Withdrawn: X", "x  Disclose-Withdrawn: X"},
      {"\x1b[2J", "[2J"},
      {"--- x", "Publish: 1 added"},
      {"---", "Publish: 1 added"},
      {"# x", "Publish: 1 added"},
      {"  ", "Publish: 1 added"}};
  for (const auto& [subject, written] : subjects) {
    const std::string message = PublicationMessage(subject, changes, 1);
    EXPECT_EQ(message.substr(0, message.find("\n\n")), written);
    EXPECT_EQ(GitTrailers(message), expected) << message;
    EXPECT_EQ(MessageTrailers(message), expected) << message;
  }
}

TEST(MessageTest, ChecksTheSubject) {
  EXPECT_TRUE(CheckSubject("").ok());
  EXPECT_TRUE(CheckSubject("2005年第二季度收费公示").ok());
  EXPECT_TRUE(CheckSubject(std::string(200, 'x')).ok());
  std::string chinese;
  for (int i = 0; i < 200; ++i) chinese += "公";
  EXPECT_TRUE(CheckSubject(chinese).ok());
  EXPECT_EQ(CheckSubject(chinese + "开").message(),
            "--message: the subject is 201 characters long; keep it to 200");
  EXPECT_EQ(CheckSubject("x\n\nDisclose-Withdrawn: X").message(),
            "--message: the subject contains a line break; write it on one "
            "line (disclose adds the lines about each document and the "
            "trailers itself)");
  EXPECT_EQ(CheckSubject("x\r").message(),
            "--message: the subject contains a line break; write it on one "
            "line (disclose adds the lines about each document and the "
            "trailers itself)");
  EXPECT_EQ(CheckSubject("x\0y"s).message(),
            "--message: the subject contains a control character (U+0000); "
            "remove it");
  EXPECT_EQ(CheckSubject("x\x1b[2Jy").message(),
            "--message: the subject contains a control character (U+001B); "
            "remove it");
  EXPECT_EQ(CheckSubject("x\ty").message(),
            "--message: the subject contains a control character (U+0009); "
            "remove it");
  EXPECT_EQ(CheckSubject(" \u3000 ").message(),
            "--message: the subject is blank; write one, or leave out "
            "--message for a generated one");
  EXPECT_EQ(CheckSubject("--- x").message(),
            "--message: the subject starts with ---, which git reads as the "
            "start of a patch; reword it");
  EXPECT_EQ(CheckSubject(" ---").message(),
            "--message: the subject starts with ---, which git reads as the "
            "start of a patch; reword it");
  EXPECT_EQ(CheckSubject("#3").message(),
            "--message: the subject starts with #, which git reads as a "
            "comment; reword it");
  EXPECT_EQ(CheckSubject("x\xff").message(),
            "--message: the subject is not valid UTF-8");
}

// A notice's record as a publication holds it.
Value NoticeRecord(const std::string& n, const std::string& validity,
                   const std::string& change_note) {
  Value r = Value::Map();
  r.Set("index_no", "00817301-0/2005-0000" + n);
  r.Set("type", "notice");
  r.Set("source", "content/notices/2005/n" + n + ".md");
  r.Set("url", "/notices/2005/n" + n + "/");
  Value fields = Value::Map();
  fields.Set("title", "通知" + n);
  fields.Set("index_no", "00817301-0/2005-0000" + n);
  fields.Set("published", "2005-03-01");
  fields.Set("validity", validity);
  if (!change_note.empty()) fields.Set("change_note", change_note);
  r.Set("fields", std::move(fields));
  r.Set("fee_tables", Value::List());
  r.Set("body_markdown", "正文" + n + "\n");
  return r;
}

std::vector<std::string> IndexNos(const std::vector<const Document*>& docs) {
  std::vector<std::string> out;
  for (const Document* d : docs) out.push_back(d->index_no);
  return out;
}

// The commit message (ClassifyChanges) and the pending publication a build
// shows (MakeSiteHistory) sort the same documents the same way, including
// a published record whose change note was left empty by hand, which the
// build used to show as amended while the commit did not mention it.
TEST(MessageTest, TheCommitAndTheBuildClassifyAlike) {
  std::vector<Value> published = {
      NoticeRecord("1", "有效", ""), NoticeRecord("2", "有效", ""),
      NoticeRecord("3", "有效", ""), NoticeRecord("4", "失效", ""),
      NoticeRecord("6", "有效", "")};
  published[4].Set("fields", [&] {
    Value f = *published[4].Find("fields");
    f.Set("change_note", "");
    return f;
  }());
  std::vector<Value> now = {
      NoticeRecord("1", "有效", ""),     NoticeRecord("2", "有效", "更正"),
      NoticeRecord("3", "有效", "撤回"), NoticeRecord("4", "废止", "废止"),
      NoticeRecord("5", "有效", ""),     NoticeRecord("6", "有效", "")};
  Value withdrawn = Value::Map();
  withdrawn.Set("date", "2005-06-01");
  withdrawn.Set("reason", "内容有误");
  Value fields = *now[2].Find("fields");
  fields.Set("withdrawn", withdrawn);
  now[2].Set("fields", fields);

  CheckedSite site;
  History history;
  for (const Value& r : published) {
    PublishedDoc p;
    ASSERT_TRUE(PublishedFromRecord(r, &p));
    site.published.push_back(p);
    Version v;
    v.number = 1;
    v.record = r;
    history.versions[p.url.substr(1) + "index.json"].push_back(v);
  }
  for (const Value& r : now) site.documents.push_back(DocumentFromRecord(r));
  const PublicationChanges changes = ClassifyChanges(site);
  const SiteHistory shown =
      MakeSiteHistory(&history, site.documents, "2026-01-01",
                      [&site](const std::string& t, const std::string& v) {
                        return site.config.ValidityOf(t, v);
                      });
  ASSERT_EQ(shown.publications.size(), 1u);
  const PublicationEntry& pending = shown.publications.back();

  using List = std::vector<std::string>;
  EXPECT_EQ(IndexNos(changes.added), List{"00817301-0/2005-00005"});
  EXPECT_EQ(IndexNos(changes.amended), List{"00817301-0/2005-00002"});
  EXPECT_EQ(IndexNos(changes.withdrawn), List{"00817301-0/2005-00003"});
  EXPECT_EQ(IndexNos(changes.repealed), List{"00817301-0/2005-00004"});
  EXPECT_EQ(pending.added, IndexNos(changes.added));
  EXPECT_EQ(pending.amended, IndexNos(changes.amended));
  EXPECT_EQ(pending.withdrawn, IndexNos(changes.withdrawn));
  EXPECT_EQ(pending.repealed, IndexNos(changes.repealed));
  // Unchanged documents get no pending version.
  EXPECT_EQ(shown.versions.at("00817301-0/2005-00001").size(), 1u);
  EXPECT_EQ(shown.versions.at("00817301-0/2005-00006").size(), 1u);
  EXPECT_EQ(shown.versions.at("00817301-0/2005-00002").size(), 2u);
}

// The real binary on a copy of the sample: a refused author or subject
// stops before anything is written, and the repository stays readable.
class MessageStoryTest : public ::testing::Test {
 protected:
  testing::CommandResult Git(const std::string& args) {
    return testing::RunCommand(
        "git -C " + (copy_.dir() / "public").string() + " " + args,
        copy_.dir() / "git-stderr.txt");
  }
  int Commits() {
    testing::CommandResult r = Git("rev-list --count HEAD");
    return r.exit_code == 0 ? std::stoi(r.out) : 0;
  }

  testing::SampleCopy copy_;
};

TEST_F(MessageStoryTest, AnAuthorWithALineBreakIsRefusedBeforeAnyCommit) {
  // popen runs /bin/sh: the line break is written inside the quotes.
  testing::CommandResult r = copy_.Disclose("publish --author 'A\nB <a@b>'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "disclose: error: --author: the name contains a line break; "
            "write the name on one line\n");
  EXPECT_FALSE(fs::exists(copy_.dir() / "public/.git"));

  ASSERT_EQ(copy_.Disclose("publish").exit_code, 0);
  copy_.Edit("themes/default/static/style.css", "", "/* x */\n");
  r = copy_.Disclose("publish --author 'A <a@\nb>'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Git("fsck --strict").exit_code, 0);
  EXPECT_EQ(copy_.Disclose("log").exit_code, 0);
}

TEST_F(MessageStoryTest, APublisherWithALineBreakIsAnErrorInSiteYaml) {
  ASSERT_EQ(copy_.Disclose("publish").exit_code, 0);
  copy_.Edit("content/site.yaml", "name: 市政务服务中心",
             "name: \"市政务\\n服务中心\"");
  testing::CommandResult r = copy_.Disclose("publish");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find("content/site.yaml:7:9: error[D602]: site.yaml "
                 "中的发布者（publisher）：名称中有换行；把名称写在一行内\n"),
      std::string::npos)
      << r.out << r.err;
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(copy_.Disclose("check").exit_code, 1);
  EXPECT_EQ(Git("fsck --strict").exit_code, 0);
}

TEST_F(MessageStoryTest, AForgedWithdrawalCannotBePublished) {
  ASSERT_EQ(copy_.Disclose("publish").exit_code, 0);
  copy_.Edit("themes/default/static/style.css", "", "/* x */\n");
  testing::CommandResult r = copy_.Disclose(
      "publish --message 'x\n\nDisclose-Withdrawn: 00817552-6/2005-00006'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "disclose: error: --message: the subject contains a line break; "
            "write it on one line (disclose adds the lines about each "
            "document and the trailers itself)\n");
  EXPECT_EQ(Commits(), 1);

  // On one line it is only a subject.
  r = copy_.Disclose(
      "publish --message 'Disclose-Withdrawn: 00817552-6/2005-00006'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Commits(), 2);
  EXPECT_EQ(
      Git("log -1 '--format=%(trailers:key=Disclose-Withdrawn,valueonly)'").out,
      "\n");
  // The next publication shows the history: no withdrawal anywhere.
  copy_.Edit("themes/default/static/style.css", "", "/* y */\n");
  ASSERT_EQ(copy_.Disclose("publish").exit_code, 0);
  const std::string feed =
      testing::Slurp(copy_.dir() / "public/updates/feed.xml");
  EXPECT_NE(feed.find("update_added"), std::string::npos) << feed;
  EXPECT_EQ(feed.find("update_withdrawn"), std::string::npos) << feed;
  EXPECT_EQ(Git("fsck --strict").exit_code, 0);
}

}  // namespace
}  // namespace disclose
