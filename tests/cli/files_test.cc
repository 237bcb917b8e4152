// What stands in content/ or the theme but is not a regular file: a link
// (to a document outside the site, to a folder) or a FIFO. `check` names
// each with D111 and never opens it: a FIFO would block the build, a link
// could reach outside the site.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::SampleCopy;

TEST(FilesTest, LinksAndSpecialFilesAreReportedAndNeverOpened) {
  SampleCopy copy;
  const fs::path outside = copy.dir() / "outside";
  fs::create_directories(outside / "2005");
  std::ofstream(outside / "secret.md") << "---\ntitle: x\n---\n";
  const fs::path news = copy.dir() / "content/news";
  fs::create_symlink(outside / "secret.md", news / "2005/secret.md");
  fs::create_symlink(outside / "2005", news / "2003");
  ASSERT_EQ(::mkfifo((news / "2005/x.md").c_str(), 0644), 0);
  // Not what a build reads: no word about it.
  fs::create_symlink(outside / "secret.md", news / "2005/notes.txt");
  fs::create_symlink(copy.dir() / "themes/default/templates/base.mustache",
                     copy.dir() / "themes/default/templates/extra.mustache");

  // Without the rule the FIFO would block the check: it must finish.
  CommandResult zh = copy.Disclose("check");
  EXPECT_EQ(zh.exit_code, 1);
  EXPECT_EQ(zh.err.substr(0, zh.err.find("检查了")),
            "content/news/2003: error[D111]: "
            "这是指向文件夹的符号链接，其中的文件都不会被读取\n"
            "  提示：用文件（或文件夹）本身替换这个链接，或删除这个链接\n"
            "content/news/2005/secret.md: error[D111]: "
            "这是符号链接，不是文件，不会被读取\n"
            "  提示：用文件（或文件夹）本身替换这个链接，或删除这个链接\n"
            "content/news/2005/x.md: error[D111]: "
            "这是命名管道、套接字或设备，不是文件，不会被读取\n"
            "  提示：删除它，或在这里放一个同名的文件\n"
            "themes/default/templates/extra.mustache: error[D111]: "
            "这是符号链接，不是文件，不会被读取\n"
            "  提示：用文件（或文件夹）本身替换这个链接，或删除这个链接\n");

  copy.Edit("content/site.yaml", "language: zh-CN", "language: en");
  CommandResult en = copy.Disclose("check");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_NE(en.err.find("content/news/2005/x.md: error[D111]: this is a "
                        "FIFO, socket or device, not a file: it is not read\n"
                        "  hint: remove it, or put a file of that name here\n"),
            std::string::npos)
      << en.err;
  EXPECT_NE(en.err.find("content/news/2003: error[D111]: this is a symbolic "
                        "link to a folder: nothing in it is read\n"),
            std::string::npos)
      << en.err;
}

// A 1 GB document is refused by its size, which the listing gives (the
// file is sparse, so making it costs nothing); tests/load/load_test.cc
// shows that it is never read.
TEST(FilesTest, AHugeDocumentIsRefusedWithoutBeingRead) {
  SampleCopy copy;
  const fs::path huge = copy.dir() / "content/news/2005/huge.md";
  std::ofstream(huge) << "---\n";
  fs::resize_file(huge, uintmax_t{1} << 30);
  CommandResult r = copy.Disclose("check");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find("检查了")),
            "content/news/2005/huge.md: error[D105]: 文件大小为 1073741824 "
            "字节，超过了 2097152 字节的上限（limits.document_kib）\n"
            "  提示：把它拆成几个文件\n");
}

}  // namespace
}  // namespace disclose
