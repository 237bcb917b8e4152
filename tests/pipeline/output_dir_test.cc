// Where `build` may write, on a real disk with real symbolic links.
#include "pipeline/output_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "write/write.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;

class OutputDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    top_ = fs::temp_directory_path() /
           ("disclose_OutputDirTest_" + std::string(info->name()) + "_" +
            std::to_string(::getpid()));
    fs::remove_all(top_);
    site_ = top_ / "site";
    fs::create_directories(site_ / "content/news");
    fs::create_directories(site_ / "themes/default");
    Write("content/site.yaml", "site:\n");
    Write("content/news/a.md", "---\n");
    opts_.load.site_root = site_.string();
  }
  void TearDown() override { fs::remove_all(top_); }

  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((site_ / rel).parent_path());
    std::ofstream(site_ / rel) << text;
  }
  // The message for `--out out_dir`, or "ok: <the folder>".
  std::string Check(const std::string& out_dir) {
    auto out = CheckOutputDirectory(disk_, opts_, out_dir);
    if (!out.ok()) return out.status().message();
    return "ok: " + *out;
  }
  std::string Ok(const std::string& rel) {
    return "ok: " + fs::weakly_canonical(site_ / rel).string();
  }
  static std::string Refusal(const std::string& out_dir,
                             const std::string& reason,
                             const std::string& loses) {
    return "--out " + out_dir + ": " + reason +
           "; build refuses to write there (" + loses +
           "). Choose a new folder, e.g. --out site-preview";
  }

  fs::path top_;
  fs::path site_;
  PipelineOptions opts_;
  RealFileSystem disk_;
};

const char kContent[] = "that is the site's content folder";
const char kEveryDocument[] = "it would replace every document";
const char kPublished[] =
    "the published site's folder, which only disclose publish writes";
const char kKept[] = "it must stay as it was published";
const char kStore[] =
    "the published site's store, where disclose publish keeps its history";
const char kHistory[] = "it would destroy the publication history";
const char kWholeSite[] =
    "it would replace every document, site.yaml and the theme";

TEST_F(OutputDirTest, RefusesTheContentFolderHoweverItIsWritten) {
  fs::create_directory_symlink(site_ / "content", site_ / "link-to-content");
  for (const char* out : {"content", "./content/", "public/../content",
                          "link-to-content", "themes/../content/."}) {
    EXPECT_EQ(Check(out), Refusal(out, kContent, kEveryDocument));
  }
  const std::string absolute = (site_ / "content").string();
  EXPECT_EQ(Check(absolute), Refusal(absolute, kContent, kEveryDocument));
}

TEST_F(OutputDirTest, RefusesFoldersInsideContentAndThemes) {
  EXPECT_EQ(Check("content/news"),
            Refusal("content/news", "that is inside the site's content folder",
                    "it would replace documents"));
  EXPECT_EQ(Check("link-to-news/new"), Ok("link-to-news/new"));
  fs::create_directory_symlink(site_ / "content/news", site_ / "link-to-news");
  EXPECT_EQ(
      Check("link-to-news/new"),
      Refusal("link-to-news/new", "that is inside the site's content folder",
              "it would replace documents"));
  EXPECT_EQ(Check("themes"),
            Refusal("themes", "that is the site's themes folder",
                    "it would replace the theme"));
  EXPECT_EQ(Check("themes/default"),
            Refusal("themes/default", "that is inside the site's themes folder",
                    "it would replace theme files"));
}

TEST_F(OutputDirTest, RefusesTheSiteAndEveryFolderHoldingIt) {
  EXPECT_EQ(Check("."), Refusal(".", "that is the site itself", kWholeSite));
  EXPECT_EQ(Check(""), Refusal("", "that is the site itself", kWholeSite));
  EXPECT_EQ(Check("content/.."),
            Refusal("content/..", "that is the site itself", kWholeSite));
  for (const char* out : {"..", "../..", "/"}) {
    EXPECT_EQ(Check(out),
              Refusal(out, "that folder holds the site", kWholeSite));
  }
  fs::create_directory_symlink(top_, site_ / "up");
  EXPECT_EQ(Check("up"),
            Refusal("up", "that folder holds the site", kWholeSite));
}

TEST_F(OutputDirTest, RefusesThePublishedSiteEvenBeforeItExists) {
  EXPECT_EQ(Check("public"),
            Refusal("public", std::string("that is ") + kPublished, kKept));
  for (const char* out : {"public/.git", "public/fees", "./public/fees/"}) {
    EXPECT_EQ(Check(out),
              Refusal(out, std::string("that is inside ") + kPublished, kKept));
  }
}

TEST_F(OutputDirTest, RefusesThePublishedLinkWhatItLeadsToAndTheStore) {
  const fs::path tree = site_ / ".public.disclose/trees/3f2a";
  fs::create_directories(tree / "fees");
  fs::create_directory_symlink(tree, site_ / "public");
  const std::string is = std::string("that is ") + kPublished;
  const std::string inside = std::string("that is inside ") + kPublished;
  EXPECT_EQ(Check("public"), Refusal("public", is, kKept));
  EXPECT_EQ(Check("public/"), Refusal("public/", is, kKept));
  EXPECT_EQ(Check(".public.disclose/trees/3f2a"),
            Refusal(".public.disclose/trees/3f2a", is, kKept));
  EXPECT_EQ(Check("public/fees"), Refusal("public/fees", inside, kKept));
  EXPECT_EQ(
      Check(".public.disclose"),
      Refusal(".public.disclose", std::string("that is ") + kStore, kHistory));
  EXPECT_EQ(Check(".public.disclose/trees"),
            Refusal(".public.disclose/trees",
                    std::string("that is inside ") + kStore, kHistory));
  EXPECT_EQ(Check(".public.disclose/new"),
            Refusal(".public.disclose/new",
                    std::string("that is inside ") + kStore, kHistory));
  fs::create_directory_symlink(site_ / ".public.disclose", site_ / "s");
  EXPECT_EQ(Check("s"),
            Refusal("s", std::string("that is ") + kStore, kHistory));
}

TEST_F(OutputDirTest, RefusesFoldersHoldingAPublishedSiteElsewhere) {
  opts_.published_dir = (top_ / "www/public").string();
  const std::string www = (top_ / "www").string();
  EXPECT_EQ(Check(www),
            Refusal(www, "that folder holds the published site", kKept));
  const std::string store = (top_ / "www/.public.disclose").string();
  EXPECT_EQ(Check(store),
            Refusal(store, std::string("that is ") + kStore, kHistory));
  EXPECT_EQ(Check("public"), Ok("public"));  // not the published one here
}

TEST_F(OutputDirTest, RefusesARepository) {
  for (const char* repo : {"repo/.git/objects", "worktree/.git"}) {
    Write(repo, "gitdir: elsewhere\n");
  }
  fs::create_directories(site_ / "repo/.git");
  Write("repo/.disclose-build", kBuildMarkerText);
  for (const char* out : {"repo", "worktree"}) {
    EXPECT_EQ(Check(out),
              Refusal(out, "that folder is a git repository (it holds .git)",
                      "it would replace the repository and its history"));
  }
}

TEST_F(OutputDirTest, RefusesFilesAndLinksToNothing) {
  Write("notes.txt", "mine");
  fs::create_symlink(site_ / "nowhere", site_ / "dangling");
  for (const char* out : {"notes.txt", "dangling"}) {
    EXPECT_EQ(Check(out), "--out " + std::string(out) +
                              ": that is a file, not a folder; build refuses "
                              "to replace it. Choose a new folder, e.g. --out "
                              "site-preview");
  }
}

TEST_F(OutputDirTest, RefusesAFolderNotWrittenByBuild) {
  Write("mine/report.docx", "x");
  Write("hidden/.DS_Store", "x");
  Write("marker-is-a-folder/.disclose-build/x", "x");
  for (const char* out : {"mine", "hidden", "marker-is-a-folder"}) {
    EXPECT_EQ(Check(out),
              Refusal(out,
                      "that folder is not empty and was not written by "
                      "disclose build",
                      "it would replace everything in it"));
  }
}

TEST_F(OutputDirTest, AcceptsAMissingOrEmptyFolderOrAnEarlierBuild) {
  fs::create_directories(site_ / "empty");
  Write("earlier/.disclose-build", kBuildMarkerText);
  Write("earlier/index.html", "built");
  for (const char* out : {"site-preview", "empty", "earlier", "a/b/c"}) {
    EXPECT_EQ(Check(out), Ok(out));
  }
  const std::string beside = (top_ / "preview").string();
  EXPECT_EQ(Check(beside), "ok: " + beside);
}

TEST_F(OutputDirTest, ALinkToAnAcceptableFolderIsFollowed) {
  fs::create_directories(top_ / "previews/today");
  fs::create_directory_symlink(top_ / "previews/today", site_ / "preview");
  EXPECT_EQ(Check("preview"),
            "ok: " + fs::canonical(top_ / "previews/today").string());
}

TEST_F(OutputDirTest, BuildRefusesBeforeReadingAnything) {
  fs::remove_all(site_ / "content");  // not even a site
  CheckedSite site;
  opts_.out_dir = ".";
  auto stats = BuildSite(disk_, opts_, &site);
  ASSERT_FALSE(stats.ok());
  EXPECT_EQ(stats.status().message(),
            Refusal(".", "that is the site itself", kWholeSite));
}

}  // namespace
}  // namespace disclose
