// The preview without a socket: builds in memory, and what each request gets.
#include "serve/preview.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "base/clock.h"
#include "base/text.h"
#include "history/published.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

PreviewState ValidState() {
  PreviewState s;
  s.generation = 7;
  s.failed = false;
  auto files = std::make_shared<SiteFiles>();
  (*files)["index.html"] = "<html><body><h1>首页</h1></body></html>";
  (*files)["news/index.html"] = "<html><body>news</body></html>";
  (*files)["404.html"] = "<html><body>没有这个页面</body></html>";
  (*files)["assets/style.css"] = "body{}";
  (*files)["fees/2005/a/fees-1.csv"] = "a,b\r\n";
  s.files = std::move(files);
  return s;
}

PreviewState FailedState() {
  PreviewState s = ValidState();
  s.generation = 8;
  s.failed = true;
  s.diagnostics.Error("D205", "content/news/2005/a.md", 12, 11,
                      {"有效性 (validity) must be one of 有效, 失效, 废止, got "
                       "\"<script>alert(1)</script>\"",
                       "有效性（validity）应为 有效、失效、废止 之一，现为"
                       "“<script>alert(1)</script>”"},
                      {"write 有效 & more", "改为 有效 & more"});
  return s;
}

std::string Header(const PreviewResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

TEST(RespondTest, ServesPagesWithTheReloadScriptAndFilesAsTheyAre) {
  const PreviewState s = ValidState();
  PreviewResponse home = Respond(s, "GET", "/");
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(home.body,
            "<html><body><h1>首页</h1><script src=\"/__disclose/reload.js\" "
            "data-generation=\"7\"></script>\n</body></html>");
  EXPECT_EQ(Respond(s, "HEAD", "/news/").status, 200);
  PreviewResponse css = Respond(s, "GET", "/assets/style.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(css.body, "body{}");
  EXPECT_EQ(Respond(s, "GET", "/fees/2005/a/fees-1.csv").content_type,
            "text/csv; charset=utf-8");
  PreviewResponse script = Respond(s, "GET", kReloadScriptPath);
  EXPECT_EQ(script.content_type, "text/javascript; charset=utf-8");
  EXPECT_NE(script.body.find("new EventSource('/__disclose/events')"),
            std::string::npos);
}

TEST(RespondTest, RedirectsAFolderWithoutItsSlashAndAnswers404) {
  const PreviewState s = ValidState();
  PreviewResponse folder = Respond(s, "GET", "/news");
  EXPECT_EQ(folder.status, 301);
  EXPECT_EQ(Header(folder, "Location"), "/news/");
  PreviewResponse missing = Respond(s, "GET", "/no-such-page/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(StartsWith(missing.body, "<html><body>没有这个页面<script"));
  EXPECT_EQ(Respond(s, "GET", "/assets/nothing.css").status, 404);
}

TEST(RespondTest, ServesOnlyGetAndHead) {
  for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
    PreviewResponse r = Respond(ValidState(), method, "/");
    EXPECT_EQ(r.status, 405) << method;
    EXPECT_EQ(Header(r, "Allow"), "GET, HEAD");
  }
}

TEST(RespondTest, RefusesPathsThatLeaveTheSiteOrAreMalformed) {
  const PreviewState s = ValidState();
  for (const char* path : {"/../content/site.yaml", "/news/../../etc/passwd",
                           "/./index.html", "/news//index.html", "/..",
                           "relative", "", "/a\\..\\b", "/news/\x01"}) {
    EXPECT_EQ(Respond(s, "GET", path).status, 400) << path;
  }
  EXPECT_EQ(Respond(s, "GET", "/" + std::string(kMaxPathBytes, 'a')).status,
            414);
  EXPECT_EQ(CleanPath("/news/2005/a/"), "/news/2005/a/");
  EXPECT_EQ(CleanPath("/a..b/c.d"), "/a..b/c.d");
}

TEST(RespondTest, ServesUnderTheBasePathOfTheSite) {
  PreviewState s = ValidState();
  s.base_path = "/zwgk/";
  EXPECT_EQ(Respond(s, "GET", "/zwgk/").status, 200);
  PreviewResponse root = Respond(s, "GET", "/");
  EXPECT_EQ(root.status, 302);
  EXPECT_EQ(Header(root, "Location"), "/zwgk/");
  EXPECT_EQ(Header(Respond(s, "GET", "/zwgk"), "Location"), "/zwgk/");
  EXPECT_EQ(Respond(s, "GET", "/news/").status, 404);
}

TEST(RespondTest, ShowsTheDiagnosticsOnEveryPageWhileTheBuildFails) {
  const PreviewState s = FailedState();
  for (const char* path :
       {"/", "/news/", "/news", "/no-such-page/", "/index.html"}) {
    PreviewResponse r = Respond(s, "GET", path);
    EXPECT_EQ(r.status, 503) << path;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
    EXPECT_NE(r.body.find("<h1>预览暂停：内容有 1 个错误</h1>"),
              std::string::npos);
  }
  // Assets of the last good build stay.
  EXPECT_EQ(Respond(s, "GET", "/assets/style.css").body, "body{}");
  EXPECT_EQ(Respond(s, "GET", "/assets/nothing.css").status, 404);
}

TEST(RespondTest, DiagnosticsPageIsEscapedWithFileLineAndReloads) {
  const std::string page = DiagnosticsPage(FailedState());
  EXPECT_NE(page.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(page.find("<li><p><code>content/news/2005/a.md:12:11</code> "
                      "<span class=\"severity\">error[D205]</span>: "
                      "有效性（validity）应为 有效、失效、废止 之一，现为"
                      "“&lt;script&gt;alert(1)&lt;/script&gt;”</p>"
                      "<p class=\"hint\">提示：改为 有效 &amp; more</p></li>"),
            std::string::npos)
      << page;
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_NE(page.find("data-generation=\"8\""), std::string::npos);
}

TEST(RespondTest, DiagnosticsPageOfAnEnglishSiteIsEnglish) {
  PreviewState s = FailedState();
  s.language = Language::kEn;
  const std::string page = DiagnosticsPage(s);
  EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(page.find("<h1>Preview paused: the content has 1 error</h1>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("error[D205]</span>: 有效性 (validity) must be one of "
                      "有效, 失效, 废止, got "
                      "&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</p>"
                      "<p class=\"hint\">hint: write 有效 &amp; more</p>"),
            std::string::npos)
      << page;
}

TEST(RespondTest, AnEnvironmentErrorIsShownToo) {
  PreviewState s;
  s.generation = 1;
  s.error = "no site here: content/site.yaml does not exist (use --site DIR)";
  PreviewResponse r = Respond(s, "GET", "/");
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("<h1>预览暂停：网站无法构建</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("no site here: content/site.yaml does not exist"),
            std::string::npos);
}

TEST(IsLocalHostTest, AcceptsOnlyThisServer) {
  EXPECT_TRUE(IsLocalHost("127.0.0.1:8080", 8080));
  EXPECT_TRUE(IsLocalHost("localhost:8080", 8080));
  EXPECT_FALSE(IsLocalHost("localhost:8081", 8080));
  EXPECT_FALSE(IsLocalHost("evil.example:8080", 8080));
  EXPECT_FALSE(IsLocalHost("", 8080));
}

class PreviewTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::LoadSampleSite(fs_); }

  PipelineOptions Options() const {
    PipelineOptions opts;
    opts.load.site_root = "site";
    opts.validate.today = Date{2026, 1, 1};
    return opts;
  }

  void Edit(const std::string& path, const std::string& from,
            const std::string& to) {
    std::string text = *fs_.ReadFile(path);
    const size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    ASSERT_TRUE(fs_.WriteFile(path, text, false).ok());
  }

  MemoryFileSystem fs_;
  const std::string doc_ =
      "site/content/news/2005/provincial-open-government-plan.md";
};

TEST_F(PreviewTest, BuildsInMemoryAndWritesNothing) {
  const auto before = fs_.files();
  Preview preview(fs_, Options());
  PreviewBuild b = preview.Rebuild();
  EXPECT_FALSE(b.failed) << FormatText(b.diagnostics) << b.error;
  EXPECT_EQ(b.generation, 1u);
  EXPECT_GT(b.pages, 20);
  auto state = preview.state();
  ASSERT_NE(state->files, nullptr);
  EXPECT_EQ(state->files->size(), static_cast<size_t>(b.files));
  EXPECT_EQ(state->files->count("index.html"), 1u);
  EXPECT_EQ(fs_.files(), before);  // not a byte written anywhere
}

// A clock that tests move by hand.
class SettableClock final : public Clock {
 public:
  explicit SettableClock(Instant at) : at_(at) {}
  Instant Now() const override {
    std::lock_guard<std::mutex> lock(mu_);
    return at_;
  }
  void Set(Instant at) {
    std::lock_guard<std::mutex> lock(mu_);
    at_ = at;
  }

 private:
  mutable std::mutex mu_;
  Instant at_;
};

// Every build reads its options' clock: versions not yet published are
// dated with the day the build ran (a preview left running overnight moves
// on), and what was published keeps its own date.
TEST_F(PreviewTest, DatesPendingVersionsByTheClockOfEachBuild) {
  PipelineOptions opts = Options();
  auto clock = std::make_shared<SettableClock>(
      Instant{1772467140, 480});  // 2026-03-02T23:59+08:00
  opts.clock = clock;
  auto published = std::make_shared<MemoryPublished>();
  auto checked = CheckSite(fs_, opts);
  ASSERT_TRUE(checked.ok());
  const Config& config = checked->config;
  published->Publish(checked->documents, "2025-06-01",
                     [&config](const std::string& t, const std::string& v) {
                       return config.ValidityOf(t, v);
                     });
  opts.published = published;
  Edit(doc_, "validity: 有效", "change_note: 补充内容\nvalidity: 有效");
  const std::string history =
      "news/2005/provincial-open-government-plan/history/index.html";

  Preview preview(fs_, opts);
  ASSERT_FALSE(preview.Rebuild().failed);
  std::string page = preview.state()->files->at(history);
  EXPECT_NE(page.find("2025-06-01"), std::string::npos) << page;
  EXPECT_NE(page.find("2026-03-02"), std::string::npos) << page;

  clock->Set({1772467260, 480});  // two minutes later: the next day
  ASSERT_FALSE(preview.Rebuild().failed);
  page = preview.state()->files->at(history);
  EXPECT_NE(page.find("2025-06-01"), std::string::npos) << page;
  EXPECT_NE(page.find("2026-03-03"), std::string::npos) << page;
  EXPECT_EQ(page.find("2026-03-02"), std::string::npos) << page;
}

TEST_F(PreviewTest, KeepsTheLastGoodBuildWhileTheContentIsInvalid) {
  Preview preview(fs_, Options());
  ASSERT_FALSE(preview.Rebuild().failed);
  auto good = preview.state()->files;

  Edit(doc_, "validity: 有效", "validity: 有用");
  PreviewBuild bad = preview.Rebuild();
  EXPECT_TRUE(bad.failed);
  EXPECT_EQ(bad.generation, 2u);
  EXPECT_EQ(bad.diagnostics.ErrorCount(), 1);
  auto state = preview.state();
  EXPECT_TRUE(state->failed);
  EXPECT_EQ(state->files, good);
  EXPECT_EQ(Respond(*state, "GET", "/").status, 503);

  Edit(doc_, "validity: 有用", "validity: 有效");
  Edit(doc_, "title: ", "title: 改过的");
  PreviewBuild fixed = preview.Rebuild();
  EXPECT_FALSE(fixed.failed);
  state = preview.state();
  EXPECT_NE(state->files, good);
  PreviewResponse page =
      Respond(*state, "GET", "/news/2005/provincial-open-government-plan/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("改过的"), std::string::npos);
  EXPECT_NE(page.body.find("data-generation=\"3\""), std::string::npos);
}

TEST_F(PreviewTest, WaitersWakeOnABuildAndOnStop) {
  Preview preview(fs_, Options());
  preview.Rebuild();
  const auto far = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::thread builder([&] { preview.Rebuild(); });
  EXPECT_EQ(preview.WaitForBuild(1, far), 2u);
  builder.join();

  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    preview.Stop();
  });
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(preview.WaitForBuild(2, far), 2u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_TRUE(preview.stopped());
  stopper.join();
}

TEST_F(PreviewTest, ACancelledBuildIsDroppedAndTheLastOneStaysServed) {
  PipelineOptions opts = Options();
  std::atomic<bool> cancel{false};
  opts.cancel = &cancel;
  Preview preview(fs_, opts);
  ASSERT_FALSE(preview.Rebuild().failed);
  const auto before = preview.state();
  cancel = true;
  const PreviewBuild build = preview.Rebuild();
  EXPECT_TRUE(build.cancelled);
  EXPECT_EQ(preview.state(), before);  // nothing published
  EXPECT_EQ(preview.state()->generation, 1u);
  cancel = false;
  EXPECT_EQ(preview.Rebuild().generation, 2u);
}

TEST_F(PreviewTest, ReportsProgressWhileValidating) {
  PipelineOptions opts = Options();
  std::vector<Progress> seen;
  opts.progress = [&](const Progress& p) { seen.push_back(p); };
  Preview preview(fs_, opts);
  preview.Rebuild();
  ASSERT_GE(seen.size(), 2u);
  EXPECT_STREQ(seen.front().stage, "validating");
  EXPECT_EQ(seen.front().done, 1u);
  const size_t total = seen.front().total;
  EXPECT_GT(total, 10u);
  size_t last_validating = 0;
  for (const Progress& p : seen) {
    if (std::string(p.stage) == "validating") last_validating = p.done;
  }
  EXPECT_EQ(last_validating, total);
  EXPECT_STREQ(seen.back().stage, "rendering");
}

}  // namespace
}  // namespace disclose
