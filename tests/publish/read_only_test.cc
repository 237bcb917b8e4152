// Only `publish` writes the published site and its store: after two
// publications, `check`, `build --out` elsewhere, a `serve` session and the
// audit commands leave every byte, link and time stamp as they were
// (public/, .public.disclose/ with its repository and history cache, and
// the sources), whether or not the history cache is there to be used.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <vector>

#include "publish/story_fixture.h"
#include "support/serve_process.h"

namespace disclose {
namespace {

using testing::Slurp;

// One entry as lstat and its bytes describe it: kind, mode, inode, mtime,
// and the file's contents or the link's target.
std::string Describe(const fs::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return "missing";
  std::string d = std::to_string(st.st_mode) + " " + std::to_string(st.st_ino) +
                  " " + std::to_string(st.st_mtim.tv_sec) + "." +
                  std::to_string(st.st_mtim.tv_nsec) + " ";
  if (S_ISLNK(st.st_mode)) return d + "-> " + fs::read_symlink(path).string();
  if (S_ISREG(st.st_mode)) return d + "file\n" + Slurp(path);
  return d + (S_ISDIR(st.st_mode) ? "dir" : "other");
}

// Everything below `root` (links not followed) but `skip`, by path.
std::map<std::string, std::string> Snapshot(const fs::path& root,
                                            const std::string& skip) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(root);
       it != fs::recursive_directory_iterator(); ++it) {
    const std::string rel = it->path().lexically_relative(root).string();
    if (rel == skip) continue;
    out[rel] = Describe(it->path());
  }
  return out;
}

// What differs between two snapshots, by path (the contents are too long to
// print).
std::vector<std::string> Changes(const std::map<std::string, std::string>& a,
                                 const std::map<std::string, std::string>& b) {
  std::vector<std::string> out;
  for (const auto& [path, d] : a) {
    auto it = b.find(path);
    if (it == b.end()) {
      out.push_back("removed " + path);
    } else if (it->second != d) {
      out.push_back("changed " + path);
    }
  }
  for (const auto& [path, d] : b) {
    if (!a.count(path)) out.push_back("added " + path);
  }
  return out;
}

class ReadOnlyCommandsTest : public PublishStoryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(Disclose("publish").code, 0);
    Amend();
    ASSERT_EQ(Disclose("publish").code, 0);
    ASSERT_EQ(Commits(), 2);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(elsewhere_, ec);
  }

  // The site folder, but the test's own scratch file.
  std::map<std::string, std::string> Site() {
    return Snapshot(dir_, "stderr.txt");
  }

  // Runs every command that must not write, and checks each one's work.
  void RunReadOnlyCommands() {
    Output check = Disclose("check");
    EXPECT_EQ(check.code, 0) << check.out;
    Output build = Disclose("build --out " + elsewhere_.string());
    EXPECT_EQ(build.code, 0) << build.out;
    // The build shows the published history too.
    EXPECT_NE(Slurp(elsewhere_ / kHistoryPage).find("第1次更正"),
              std::string::npos);
    for (const char* audit : {"log", "verify"}) {
      Output r = Disclose(audit);
      EXPECT_EQ(r.code, 0) << audit << "\n" << r.out;
    }
    testing::ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0",
                                 "--site", dir_.string(), "--quiet"});
    const int port = testing::ServedPort(serve.FirstLine());
    ASSERT_GT(port, 0);
    const std::string page = testing::Get(port, "/" + kHistoryPage);
    EXPECT_EQ(page.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << page;
    EXPECT_NE(page.find("第1次更正"), std::string::npos);
    EXPECT_EQ(serve.Stop(SIGINT), 0);
  }

  const std::string kHistoryPage =
      "fees/2005/city-hospital-outpatient-fees/history/index.html";
  const fs::path elsewhere_ =
      fs::temp_directory_path() /
      ("disclose_elsewhere_" + std::to_string(::getpid()));
};

TEST_F(ReadOnlyCommandsTest, LeaveThePublishedSiteByteForByteUnchanged) {
  const auto before = Site();
  ASSERT_TRUE(before.count(".public.disclose/history.json"));
  ASSERT_TRUE(before.count(".public.disclose/repo/HEAD"));
  ASSERT_NE(before.at("public").find("-> "), std::string::npos);  // a link
  RunReadOnlyCommands();
  EXPECT_EQ(Changes(before, Site()), std::vector<std::string>{});
}

// A missing cache is a cache miss for every reader; none of them makes one.
TEST_F(ReadOnlyCommandsTest, DoNotWriteAMissingHistoryCache) {
  fs::remove(dir_ / ".public.disclose/history.json");
  const auto before = Site();
  RunReadOnlyCommands();
  EXPECT_FALSE(fs::exists(dir_ / ".public.disclose/history.json"));
  EXPECT_EQ(Changes(before, Site()), std::vector<std::string>{});
}

}  // namespace
}  // namespace disclose
