// `disclose new`: the document it writes, the next free 索引号, and what
// `disclose check` says about its placeholders.
#include "scaffold/scaffold.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "base/text.h"
#include "config/config.h"
#include "load/load.h"
#include "support/site_fixture.h"
#include "validate/placeholder.h"
#include "validate/validate.h"

namespace disclose {
namespace {

SourceFile Doc(const std::string& path, const std::string& index_no) {
  return SourceFile{path, "---\ntype: notice\ntitle: x\nindex_no: \"" +
                              index_no + "\"\n---\nbody\n"};
}

class ScaffoldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    LoadOptions load;
    load.site_root = "site";
    auto sources = LoadSite(fs_, load);
    ASSERT_TRUE(sources.ok()) << sources.status().message();
    sources_ = std::move(*sources);
    config_ = ParseConfig(sources_, config_diags_);
    ASSERT_FALSE(config_diags_.HasErrors()) << FormatText(config_diags_);
  }

  StatusOr<Scaffold> Make(const std::string& type, const std::string& path,
                          const std::string& department = "") {
    return MakeScaffold(config_, sources_.documents,
                        ScaffoldRequest{type, path, department, kToday});
  }

  // Validates a document as `disclose check` does.
  Diagnostics Check(const std::string& path, const std::string& text) {
    Diagnostics diags;
    ValidateOptions opts;
    opts.today = kToday;
    ValidateDocument(SourceFile{path, text}, config_, opts, diags);
    diags.Sort();
    return diags;
  }

  static constexpr Date kToday{2026, 3, 2};
  MemoryFileSystem fs_;
  SiteSources sources_;
  Config config_;
  Diagnostics config_diags_;
};

TEST(NextSerialTest, IsOneMoreThanTheDepartmentsHighestOfTheYear) {
  const std::vector<SourceFile> docs = {
      Doc("content/news/2005/a.md", "00817365-1/2005-00003"),
      Doc("content/news/2005/b.md", "00817365-1/2005-00017"),
      Doc("content/news/2005/c.md", "008173651/2005-00009"),   // no hyphen
      Doc("content/news/2004/d.md", "00817365-1/2004-00041"),  // other year
      Doc("content/fees/2005/e.md", "44800127-1/2005-00050"),  // other dept
  };
  EXPECT_EQ(
      NextSerial(docs, "{org}/{yyyy}-{nnnnn}", "00817365-1", Date{2005, 6, 1}),
      18);
  EXPECT_EQ(
      NextSerial(docs, "{org}/{yyyy}-{nnnnn}", "00817365-1", Date{2004, 1, 1}),
      42);
  EXPECT_EQ(
      NextSerial(docs, "{org}/{yyyy}-{nnnnn}", "00817365-1", Date{2026, 1, 1}),
      1);
}

TEST(NextSerialTest, CountsDocumentsThatDoNotValidateAndSkipsUnreadableOnes) {
  const std::vector<SourceFile> docs = {
      // Invalid otherwise (no department, unknown field), but its 索引号 is
      // taken.
      {"content/news/2005/a.md",
       "---\ntitle: x\nbogus: 1\nindex_no: \"00817365-1/2005-00007\"\n---\n"},
      {"content/news/2005/b.md", "no front matter at all"},
      {"content/news/2005/c.md", "---\ntitle: [unclosed\n---\n"},
      {"content/news/2005/d.md", "---\nindex_no: 2005-00099\n---\n"},
  };
  EXPECT_EQ(
      NextSerial(docs, "{org}/{yyyy}-{nnnnn}", "00817365-1", Date{2005, 6, 1}),
      8);
}

TEST(NextSerialTest, FollowsAMonthlyLayout) {
  const std::vector<SourceFile> docs = {
      Doc("content/news/2005/a.md", "00817365-1-200503-004"),
      Doc("content/news/2005/b.md", "00817365-1-200502-009"),
  };
  const std::string layout = "{org}-{yyyymm}-{nnn}";
  EXPECT_EQ(NextSerial(docs, layout, "00817365-1", Date{2005, 3, 20}), 5);
  EXPECT_EQ(NextSerial(docs, layout, "00817365-1", Date{2005, 4, 1}), 1);
}

TEST_F(ScaffoldTest, GetsTheNextFreeIndexNoOfItsDepartmentAndYear) {
  sources_.documents.push_back(
      Doc("content/news/2026/a.md", "00817365-1/2026-00004"));
  sources_.documents.push_back(
      Doc("content/news/2026/b.md", "00817552-6/2026-00011"));
  auto s = Make("notice", "content/news/2026/duty-roster.md");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->department, "zwzx");  // the publisher's department
  EXPECT_EQ(s->index_no, "00817365-1/2026-00005");
  EXPECT_NE(s->text.find("\nindex_no: \"00817365-1/2026-00005\"\n"),
            std::string::npos);
  EXPECT_NE(s->text.find("\ndepartment: zwzx\n"), std::string::npos);
  EXPECT_NE(s->text.find("\npublished: 2026-03-02\n"), std::string::npos);

  auto other = Make("notice", "news/2026/hospital-hours", "weisheng");
  ASSERT_TRUE(other.ok()) << other.status().message();
  EXPECT_EQ(other->path, "content/news/2026/hospital-hours.md");
  EXPECT_EQ(other->index_no, "00817552-6/2026-00012");
}

TEST_F(ScaffoldTest, IssuesTheFirstLayoutOfTheDepartmentOrOfTheSite) {
  config_.site.index_no_layouts = {"{org}/{yyyymm}-{nnnnnn}",
                                   "{org}/{yyyy}-{nnnnn}"};
  config_.departments.back().index_no_layouts = {"FD-{yyyy}-{nnnn}"};
  const std::string own = config_.departments.back().id;
  sources_.documents.push_back(
      Doc("content/news/2026/a.md", "00817365-1/202603-000007"));
  sources_.documents.push_back(Doc("content/news/2026/b.md", "FD-2026-0041"));
  auto site = Make("notice", "news/2026/a2", "zwzx");
  ASSERT_TRUE(site.ok()) << site.status().message();
  EXPECT_EQ(site->index_no, "00817365-1/202603-000008");
  auto dept = Make("notice", "news/2026/b2", own);
  ASSERT_TRUE(dept.ok()) << dept.status().message();
  EXPECT_EQ(dept->index_no, "FD-2026-0042");
}

TEST_F(ScaffoldTest, ALayoutWithAPrefixAndNoOrgIsOneSequenceForTheSite) {
  config_.site.index_no_layouts = {"430000/{yyyy}-{nnnnn}"};
  sources_.documents.push_back(
      Doc("content/news/2026/a.md", "430000/2026-00007"));
  auto s = Make("notice", "news/2026/b", "weisheng");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->index_no, "430000/2026-00008");
}

TEST_F(ScaffoldTest, WritesEveryFieldOfEveryTypeInSchemaOrderWithItsLabel) {
  ASSERT_GE(config_.schemas.size(), 2u);
  for (const auto& [type, schema] : config_.schemas) {
    SCOPED_TRACE(type);
    auto s = Make(type, "content/news/2026/x.md");
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_TRUE(
        StartsWith(s->text, "---\n# " + schema.label + "（" + type + "）。"));
    EXPECT_NE(s->text.find("\ntype: " + type + "\n"), std::string::npos);
    // The first field of a rule "always one of ..." is written to fill in.
    std::set<std::string> choices;
    for (const auto& rule : schema.rules) {
      if (rule.when_key.empty() && !rule.require_one_of.empty()) {
        choices.insert(rule.require_one_of.front());
      }
    }
    size_t at = 0;
    for (const FieldSpec& f : schema.fields) {
      // The comment with label and key, then the field (commented out when
      // it is optional).
      const bool active = f.required || choices.count(f.key) > 0;
      const std::string comment =
          "\n# " + f.label + " " + f.key + "（" + (active ? "必填" : "选填");
      const size_t c = s->text.find(comment, at);
      ASSERT_NE(c, std::string::npos) << f.key << " after " << at;
      const std::string line = (active ? "\n" : "\n# ") + f.key + ":";
      const size_t l = s->text.find(line, c);
      ASSERT_NE(l, std::string::npos) << f.key;
      EXPECT_EQ(s->text.find('\n', c + 1), l) << f.key << ": the next line";
      at = l;
    }
  }
}

TEST_F(ScaffoldTest, CommentsCarryTheRuleAndTheSchemasExample) {
  auto s = Make("notice", "content/news/2026/x.md");
  ASSERT_TRUE(s.ok());
  EXPECT_NE(s->text.find("\n# 标题 title（必填，一行，不超过200字）例：关于公布"
                         "2005年门诊收费标准的通知\ntitle: 【待填写】标题\n"),
            std::string::npos)
      << s->text;
  EXPECT_NE(
      s->text.find("\n# 主题词 keywords（选填，列表，每项一行，每项不超过20"
                   "字）例：[政务公开, 窗口]\n# keywords:\n#   - 【待填写】"
                   "主题词\n"),
      std::string::npos)
      << s->text;
  EXPECT_NE(s->text.find("\nvalidity: 有效\n"), std::string::npos);
  EXPECT_EQ(s->placeholders, 2);  // 标题 and 主题分类
}

TEST_F(ScaffoldTest, FeeScheduleHasItsListOfRecordsAndAFeeTableToFillIn) {
  auto s = Make("fee-schedule", "fees/2026/parking-fees.md", "jiaotong");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_NE(s->text.find("\nlegal_basis:\n  # 批准机关 authority（必填，一行，"
                         "不超过100字）\n  - authority: 【待填写】批准机关\n"
                         "    # 文号 doc_no（必填，写作 机关代字〔YYYY〕N号）\n"
                         "    doc_no: 【待填写】文号\n"),
            std::string::npos)
      << s->text;
  EXPECT_NE(s->text.find("\n| 收费项目 | 计费单位 | 收费标准 |\n|---|---|---|\n"
                         "| 【待填写】收费项目 | 【待填写】计费单位 | "
                         "【待填写】收费标准 |\n"),
            std::string::npos)
      << s->text;
  EXPECT_EQ(s->placeholders, 10);
}

TEST_F(ScaffoldTest, EveryTypeChecksCleanExceptOneErrorPerPlaceholder) {
  for (const auto& [type, schema] : config_.schemas) {
    SCOPED_TRACE(type);
    auto s = Make(type, "content/news/2026/x.md");
    ASSERT_TRUE(s.ok()) << s.status().message();
    Diagnostics diags = Check(s->path, s->text);
    EXPECT_EQ(diags.ErrorCount(), s->placeholders) << FormatText(diags);
    EXPECT_EQ(diags.WarningCount(), 0) << FormatText(diags);
    for (const Diagnostic& d : diags.items()) {
      EXPECT_EQ(d.code, "D299") << FormatText(d);
      EXPECT_NE(
          d.message.en.find(" is still a placeholder: replace \"【待填写】"),
          std::string::npos)
          << d.message.en;
    }
  }
}

TEST_F(ScaffoldTest, PlaceholderErrorNamesTheFieldAndItsLine) {
  auto s = Make("notice", "content/news/2026/x.md");
  ASSERT_TRUE(s.ok());
  Diagnostics diags = Check(s->path, s->text);
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(FormatText(diags.items()[0]),
            "content/news/2026/x.md:6:8: error[D299]: 标题 (title) is still a "
            "placeholder: replace \"【待填写】标题\" with the real value\n"
            "  hint: for example 关于公布2005年门诊收费标准的通知\n");
  EXPECT_EQ(FormatText(diags.items()[1]),
            "content/news/2026/x.md:18:11: error[D299]: 主题分类 (category) is "
            "still a placeholder: replace \"【待填写】主题分类\" with the real "
            "value\n  hint: for example 政务公开\n");
}

TEST_F(ScaffoldTest, PassesCheckOnceThePlaceholdersAreFilledIn) {
  const std::map<std::string, std::string> values = {
      {"标题", "关于2026年春节值班安排的通知"},
      {"主题分类", "政务公开"},
      {"执行日期", "2026-04-01"},
      {"批准机关", "湖南省物价局"},
      {"文号", "湘价费〔2025〕12号"},
      {"收费范围", "市政务服务中心停车场"},
      {"投诉电话", "\"12358\""},
      {"收费项目", "停车费"},
      {"计费单位", "小时"},
      {"收费标准", "2"},
  };
  for (const std::string type : {"notice", "fee-schedule"}) {
    SCOPED_TRACE(type);
    auto s = Make(type, "content/fees/2026/x.md");
    ASSERT_TRUE(s.ok()) << s.status().message();
    std::string text = s->text;
    for (const auto& [label, value] : values) {
      const std::string placeholder = kPlaceholderMarker + label;
      size_t at = 0;
      while ((at = text.find(placeholder, at)) != std::string::npos) {
        // Only active lines: commented-out ones stay as they are.
        const size_t line_start = text.rfind('\n', at) + 1;
        if (text[line_start] != '#') {
          text.replace(at, placeholder.size(), value);
        }
        ++at;
      }
    }
    Diagnostics diags = Check(s->path, text);
    EXPECT_TRUE(diags.empty()) << FormatText(diags) << text;
  }
}

TEST_F(ScaffoldTest, RefusesRequestsItCannotMeetWithAMessageForTheAuthor) {
  auto message = [&](const std::string& type, const std::string& path,
                     const std::string& dept = "") {
    auto s = Make(type, path, dept);
    return s.ok() ? std::string("ok") : s.status().message();
  };
  EXPECT_EQ(message("notes", "news/2026/a.md"),
            "\"notes\" is not a document type; use one of: assessment "
            "(考核通报), fee-schedule (收费公示), notice (通知公告), "
            "service-guide (办事指南)");
  EXPECT_EQ(message("notice", "news/a.md"),
            "a document must be at content/<section>/<year>/<name>.md, got "
            "\"content/news/a.md\" (for example "
            "content/news/2026/work-plan.md)");
  EXPECT_EQ(message("notice", "meetings/2026/a.md"),
            "\"meetings\" is not a section in site.yaml; use one of: news, "
            "notices, fees, guides, assessments");
  EXPECT_EQ(message("notice", "news/2005/a.md"),
            "the folder \"2005\" must be this year's, 2026: a new document is "
            "published today (2026-03-02); use content/news/2026/a.md");
  EXPECT_EQ(message("notice", "news/2026/Duty_Roster.md"),
            "the file name \"Duty_Roster.md\" may hold only a-z, 0-9 and '-' "
            "(it becomes the page's address), for example work-plan.md");
  EXPECT_EQ(message("notice", "news/2026/a.md", "weisheng-ju"),
            "\"weisheng-ju\" is not a department in content/departments.yaml");
  EXPECT_EQ(message("notice", "news/2026/a.md", "weishen"),
            "\"weishen\" is not a department in content/departments.yaml; did "
            "you mean weisheng?");
  EXPECT_EQ(message("notice", "news/2026/a.md", "市国税局"),
            "--department takes the id, not the name: write --department "
            "guoshui");
  config_.site.publisher_name = "某某局";
  EXPECT_EQ(message("notice", "news/2026/a.md"),
            "say which department publishes it: --department ID (no department "
            "in content/departments.yaml is named like the publisher in "
            "site.yaml, \"某某局\")");
}

TEST_F(ScaffoldTest, RefusesWhenTheSerialsOfTheYearAreUsedUp) {
  config_.site.index_no_layout = "{org}/{yyyy}-{nn}";
  config_.site.index_no_layouts = {"{org}/{yyyy}-{nn}"};
  sources_.documents.push_back(
      Doc("content/news/2026/a.md", "00817365-1/2026-99"));
  EXPECT_EQ(Make("notice", "news/2026/b.md").status().message(),
            "no 索引号 is left for 市政务服务中心 in 2026: the serial 100 does "
            "not fit the layout {org}/{yyyy}-{nn}");
}

TEST_F(ScaffoldTest, NeverOverwritesAFile) {
  auto s = Make("notice", "news/2026/a.md");
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(WriteScaffold(fs_, "site", *s).ok());
  EXPECT_EQ(*fs_.ReadFile("site/content/news/2026/a.md"), s->text);

  Scaffold again = *s;
  again.text = "something else";
  Status refused = WriteScaffold(fs_, "site", again);
  EXPECT_EQ(refused.message(),
            "content/news/2026/a.md already exists; disclose new never "
            "overwrites a file (choose another name, or edit that one)");
  EXPECT_EQ(*fs_.ReadFile("site/content/news/2026/a.md"), s->text);
}

TEST(CreateNewFileTest, RealFileSystemRefusesAnExistingFileAtomically) {
  const std::string dir = ::testing::TempDir() + "disclose_create_new_file";
  RealFileSystem fs;
  ASSERT_TRUE(fs.RemoveAll(dir).ok());
  ASSERT_TRUE(fs.MakeDirectories(dir).ok());
  ASSERT_TRUE(fs.CreateNewFile(dir + "/a.md", "first").ok());
  Status again = fs.CreateNewFile(dir + "/a.md", "second");
  EXPECT_EQ(again.message(), dir + "/a.md already exists");
  EXPECT_EQ(*fs.ReadFile(dir + "/a.md"), "first");
  ASSERT_TRUE(fs.RemoveAll(dir).ok());
}

}  // namespace
}  // namespace disclose
