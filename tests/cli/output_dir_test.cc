// `disclose build --out` with folders it must not replace, on a copy of the
// sample site with the real binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;

using testing::CommandResult;
using testing::Slurp;

class BuildOutTest : public ::testing::Test {
 protected:
  // Every file, folder and link below the copy, with its bytes, except the
  // runner's own stderr.txt.
  std::map<std::string, std::string> Snapshot() const {
    std::map<std::string, std::string> all;
    for (const auto& e : fs::recursive_directory_iterator(dir_)) {
      const std::string rel = fs::relative(e.path(), dir_).string();
      if (rel == "stderr.txt") continue;
      if (e.is_symlink()) {
        all[rel] = "-> " + fs::read_symlink(e.path()).string();
      } else if (e.is_directory()) {
        all[rel + "/"] = "";
      } else {
        all[rel] = Slurp(e.path());
      }
    }
    return all;
  }
  // Names in the copy's folder and beside it that a build left behind.
  std::vector<std::string> Leftovers() const {
    std::vector<std::string> left;
    for (const fs::path& d : {dir_, dir_.parent_path()}) {
      for (const auto& e : fs::directory_iterator(d)) {
        const std::string name = e.path().filename().string();
        if (name.find(".disclose-new") != std::string::npos) {
          left.push_back(name);
        }
      }
    }
    return left;
  }
  void Write(const std::string& rel, const std::string& text) const {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }

  testing::SampleCopy copy_;
  const fs::path& dir_ = copy_.dir();
};

std::string Refusal(const std::string& out, const std::string& reason,
                    const std::string& loses) {
  return "disclose: error: --out " + out + ": " + reason +
         "; build refuses to write there (" + loses +
         "). Choose a new folder, e.g. --out site-preview\n";
}

TEST_F(BuildOutTest, RefusedFoldersKeepEveryFileOfTheSite) {
  // A published site as publish will leave it: a link into its store.
  Write(".public.disclose/trees/1/index.html", "published");
  Write(".public.disclose/trees/1/fees/index.html", "published");
  Write(".public.disclose/repository/HEAD", "ref: refs/heads/main\n");
  fs::create_directory_symlink(dir_ / ".public.disclose/trees/1",
                               dir_ / "public");
  fs::create_directory_symlink(dir_ / "content", dir_ / "link-to-content");
  Write("mine/report.txt", "not a build");
  Write("repo/.git/HEAD", "ref: refs/heads/main\n");
  const std::string content = "that is the site's content folder";
  const std::string published =
      "the published site's folder, which only disclose publish writes";
  const std::string kept = "it must stay as it was published";
  const std::string whole =
      "it would replace every document, site.yaml and the theme";
  const std::string store =
      "the published site's store, where disclose publish keeps its history";
  const std::string history = "it would destroy the publication history";
  const std::map<std::string, std::string> refused = {
      {"content",
       Refusal("content", content, "it would replace every document")},
      {"./content/",
       Refusal("./content/", content, "it would replace every document")},
      // public is a link: its ".." is the folder the link leads into.
      {"public/../content",
       Refusal("public/../content", "that is inside " + store, history)},
      {"public/../../../content", Refusal("public/../../../content", content,
                                          "it would replace every document")},
      {"link-to-content",
       Refusal("link-to-content", content, "it would replace every document")},
      {"content/fees",
       Refusal("content/fees", "that is inside the site's content folder",
               "it would replace documents")},
      {"themes", Refusal("themes", "that is the site's themes folder",
                         "it would replace the theme")},
      {".", Refusal(".", "that is the site itself", whole)},
      {"..", Refusal("..", "that folder holds the site", whole)},
      {"public", Refusal("public", "that is " + published, kept)},
      {"public/.git",
       Refusal("public/.git", "that is inside " + published, kept)},
      {"public/fees",
       Refusal("public/fees", "that is inside " + published, kept)},
      {".public.disclose",
       Refusal(".public.disclose", "that is " + store, history)},
      {".public.disclose/repository",
       Refusal(".public.disclose/repository", "that is inside " + store,
               history)},
      {"repo",
       Refusal("repo", "that folder is a git repository (it holds .git)",
               "it would replace the repository and its history")},
      {"mine", Refusal("mine",
                       "that folder is not empty and was not written by "
                       "disclose build",
                       "it would replace everything in it")},
      {"content/site.yaml",
       "disclose: error: --out content/site.yaml: that is inside the site's "
       "content folder; build refuses to write there (it would replace "
       "documents). Choose a new folder, e.g. --out site-preview\n"},
  };
  const auto before = Snapshot();
  ASSERT_GT(before.size(), 50u);
  for (const auto& [out, message] : refused) {
    SCOPED_TRACE("--out " + out);
    CommandResult r = copy_.Disclose("build --out " + out);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, message);
    EXPECT_EQ(Snapshot(), before);
    EXPECT_EQ(Leftovers(), std::vector<std::string>{});
  }
}

TEST_F(BuildOutTest, BuildsTwiceIntoTheSameFreshFolder) {
  CommandResult r = copy_.Disclose("build --out preview");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Slurp(dir_ / "preview/.disclose-build"),
            "This folder was written by disclose build.\n"
            "The next disclose build into it replaces everything in it.\n");
  const std::string page = Slurp(dir_ / "preview/catalogue/index.html");
  Write("preview/stale.html", "from before");
  r = copy_.Disclose("build --out preview");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Slurp(dir_ / "preview/catalogue/index.html"), page);
  EXPECT_FALSE(fs::exists(dir_ / "preview/stale.html"));
  EXPECT_EQ(Leftovers(), std::vector<std::string>{});
}

TEST_F(BuildOutTest, BuildsIntoAnEmptyFolderAndByDefaultIntoSitePreview) {
  fs::create_directories(dir_ / "empty");
  CommandResult r = copy_.Disclose("build --out empty");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "empty/index.html"));
  r = copy_.Disclose("build");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "site-preview/.disclose-build"));
  EXPECT_TRUE(fs::exists(dir_ / "site-preview/index.html"));
}

TEST_F(BuildOutTest, RefusesANonEmptyFolderWithoutTheMarker) {
  Write("notes/todo.txt", "call the printer");
  CommandResult r = copy_.Disclose("build --out notes");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, Refusal("notes",
                           "that folder is not empty and was not written by "
                           "disclose build",
                           "it would replace everything in it"));
  EXPECT_EQ(Slurp(dir_ / "notes/todo.txt"), "call the printer");
  // A folder that a build wrote, and a user then wrote into, is the build's.
  ASSERT_EQ(copy_.Disclose("build --out fresh").exit_code, 0);
  fs::remove(dir_ / "fresh/.disclose-build");
  r = copy_.Disclose("build --out fresh");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(fs::exists(dir_ / "fresh/index.html"));
}

TEST_F(BuildOutTest, RelativeOutIsRelativeToTheCurrentDirectory) {
  fs::create_directories(dir_ / "elsewhere");
  CommandResult r = testing::RunCommand(
      "cd '" + (dir_ / "elsewhere").string() +
          "' && " DISCLOSE_BINARY
          " build --out preview --site .. --today 2026-01-01",
      dir_ / "stderr.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "elsewhere/preview/index.html"));
  EXPECT_FALSE(fs::exists(dir_ / "preview"));
  // Without --out, the build goes to the site's own site-preview/.
  r = testing::RunCommand("cd '" + (dir_ / "elsewhere").string() +
                              "' && " DISCLOSE_BINARY
                              " build --site .. --today 2026-01-01",
                          dir_ / "stderr.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "site-preview/index.html"));
  EXPECT_FALSE(fs::exists(dir_ / "elsewhere/site-preview"));
  // From the site's parent, --out content is not the site's content/.
  r = testing::RunCommand("cd '" + dir_.parent_path().string() +
                              "' && " DISCLOSE_BINARY " build --out '" +
                              dir_.filename().string() + "/content' --site '" +
                              dir_.string() + "' --today 2026-01-01",
                          dir_ / "stderr.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("that is the site's content folder"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace disclose
