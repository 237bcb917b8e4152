// `disclose new` then `disclose check`, and `disclose serve` started and
// stopped, with the real binary on a copy of the sample site.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/sample_copy.h"

extern char** environ;

namespace disclose {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using testing::CommandResult;
using testing::Slurp;

class NewServeTest : public ::testing::Test {
 protected:
  // Runs disclose on the copy (or, with a site given, on that folder).
  CommandResult Disclose(const std::string& args,
                         const std::string& site = "") {
    return copy_.Disclose(args, site);
  }

  // Replaces every placeholder of an active line, as an author would.
  void FillIn(const std::string& rel,
              const std::vector<std::pair<std::string, std::string>>& values,
              const std::string& append = "") {
    std::string text = Slurp(dir_ / rel);
    for (const auto& [placeholder, value] : values) {
      size_t at = 0;
      while ((at = text.find(placeholder, at)) != std::string::npos) {
        if (text[text.rfind('\n', at) + 1] != '#') {
          text.replace(at, placeholder.size(), value);
        }
        ++at;
      }
    }
    std::ofstream(dir_ / rel, std::ios::binary) << text << append;
  }

  testing::SampleCopy copy_;
  const fs::path& dir_ = copy_.dir();
};

TEST_F(NewServeTest, NewThenCheckReportsEachPlaceholderAndNothingElse) {
  CommandResult made = Disclose("new notice news/2026/duty-roster.md");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(made.err.rfind("wrote content/news/2026/duty-roster.md: 通知公告 "
                           "(notice) with 索引号 00817365-1/2026-00001; 2 "
                           "placeholders to fill in, then run disclose check (",
                           0),
            0u)
      << made.err;
  const std::string text = Slurp(dir_ / "content/news/2026/duty-roster.md");
  EXPECT_NE(text.find("\ntitle: 【待填写】标题\n"), std::string::npos);

  CommandResult checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 1);
  EXPECT_EQ(checked.err.substr(0, checked.err.find("checked ")),
            "content/news/2026/duty-roster.md:6:8: error[D299]: 标题 (title) "
            "is still a placeholder: replace \"【待填写】标题\" with the real "
            "value\n  hint: for example 关于公布2005年门诊收费标准的通知\n"
            "content/news/2026/duty-roster.md:16:11: error[D299]: 主题分类 "
            "(category) is still a placeholder: replace \"【待填写】主题分类\" "
            "with the real value\n  hint: for example 政务公开\n");
  EXPECT_NE(checked.err.find(" documents: 2 errors, 0 warnings ("),
            std::string::npos);

  FillIn("content/news/2026/duty-roster.md",
         {{"【待填写】标题", "关于2026年元旦值班安排的通知"},
          {"【待填写】主题分类", "政务公开"}},
         "元旦期间各窗口轮流值班。\n");
  checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.err.find(" documents: 0 errors, 0 warnings ("),
            std::string::npos)
      << checked.err;
}

TEST_F(NewServeTest, NewFeeScheduleChecksOnceFilledIn) {
  CommandResult made = Disclose(
      "new fee-schedule content/fees/2026/parking-fees.md --department "
      "jiaotong");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  CommandResult checked = Disclose("check --format json");
  EXPECT_EQ(checked.exit_code, 1);
  EXPECT_EQ(checked.out.rfind("{\"errors\":10,\"warnings\":0,", 0), 0u)
      << checked.out;
  FillIn("content/fees/2026/parking-fees.md",
         {{"【待填写】标题", "市政务服务中心停车收费标准公示"},
          {"【待填写】主题分类", "收费管理"},
          {"【待填写】执行日期", "2026-02-01"},
          {"【待填写】批准机关", "市物价局"},
          {"【待填写】文号", "常价费〔2025〕8号"},
          {"【待填写】收费范围", "市政务服务中心停车场"},
          {"【待填写】投诉电话", "\"12358\""},
          {"【待填写】收费项目", "小型车停车费"},
          {"【待填写】计费单位", "小时"},
          {"【待填写】收费标准", "2"}},
         "| 大型车停车费 | 小时 | 5 |\n");
  checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  CommandResult built = Disclose("build --out " + (dir_ / "out").string());
  EXPECT_EQ(built.exit_code, 0) << built.err;
  EXPECT_TRUE(fs::exists(dir_ / "out/fees/2026/parking-fees/fees-1.csv"));
}

TEST_F(NewServeTest, NewNeverOverwritesAndHandsOutTheNextIndexNo) {
  ASSERT_EQ(Disclose("new notice news/2026/a.md -q").exit_code, 0);
  const std::string first = Slurp(dir_ / "content/news/2026/a.md");
  CommandResult again = Disclose("new notice news/2026/a.md");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err,
            "disclose: error: content/news/2026/a.md already exists; disclose "
            "new never overwrites a file (choose another name, or edit that "
            "one)\n");
  EXPECT_EQ(Slurp(dir_ / "content/news/2026/a.md"), first);

  CommandResult second = Disclose("new notice news/2026/b.md -q");
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_EQ(second.err, "");  // quiet
  EXPECT_NE(Slurp(dir_ / "content/news/2026/b.md")
                .find("\nindex_no: \"00817365-1/2026-00002\"\n"),
            std::string::npos);
}

TEST_F(NewServeTest, NewRefusesWhatItCannotDoWithExitTwo) {
  CommandResult r = Disclose("new memo news/2026/a.md");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("disclose: error: \"memo\" is not a document type; "
                        "use one of: ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(Disclose("new notice news/2005/a.md").exit_code, 2);
  EXPECT_EQ(Disclose("new notice").exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "content/news/2005/a.md"));
}

TEST_F(NewServeTest, ProgressIsNeverWrittenIntoAPipe) {
  CommandResult r = Disclose("build --out " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_EQ(r.err.find("validating"), std::string::npos);
}

// Starts `disclose serve` with its stdout on a pipe.
class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& args) {
    int out[2];
    EXPECT_EQ(::pipe2(out, O_CLOEXEC), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    EXPECT_EQ(
        posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ),
        0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    out_ = out[0];
  }
  ~ServeProcess() {
    if (pid_ > 0 && exit_code_ < 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) ::close(out_);
  }

  // The first line on stdout, within 10 s.
  std::string FirstLine() {
    std::string line;
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    while (Clock::now() < deadline && line.find('\n') == std::string::npos) {
      pollfd p{out_, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      char buf[256];
      const ssize_t n = ::read(out_, buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<size_t>(n));
    }
    return line.substr(0, line.find('\n'));
  }

  // Sends the signal and waits up to 5 s; the exit code, or -1.
  int Stop(int signal) {
    ::kill(pid_, signal);
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    int status = 0;
    while (Clock::now() < deadline) {
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ =
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return exit_code_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  int exit_code_ = -1;
};

std::string Get(int port, const std::string& path) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string reply;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    const std::string req =
        "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
        "\r\nConnection: close\r\n\r\n";
    ::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
    char buf[4096];
    ssize_t n;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) {
      reply.append(buf, static_cast<size_t>(n));
    }
  }
  ::close(fd);
  return reply;
}

TEST_F(NewServeTest, ServePrintsItsAddressAndStopsCleanlyOnCtrlC) {
  for (int signal : {SIGINT, SIGTERM}) {
    ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0", "--site",
                        dir_.string(), "--quiet"});
    const std::string line = serve.FirstLine();
    ASSERT_EQ(line.rfind("serving http://127.0.0.1:", 0), 0u) << line;
    EXPECT_EQ(line.substr(line.size() - 16), "/ (Ctrl-C stops)");
    const int port = std::stoi(line.substr(line.rfind(':') + 1));
    EXPECT_EQ(Get(port, "/catalogue/").rfind("HTTP/1.1 200 OK\r\n", 0), 0u);
    const auto start = Clock::now();
    EXPECT_EQ(serve.Stop(signal), 0);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(2));
  }
  // It never wrote a thing into the site.
  EXPECT_FALSE(fs::exists(dir_ / "public"));
  EXPECT_FALSE(fs::exists(dir_ / "public.disclose-new"));
}

TEST_F(NewServeTest, ServeWithoutASiteOrWithABadPortExitsWithTwo) {
  CommandResult r = Disclose("serve --port 0", (dir_ / "nowhere").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("disclose: error: no site here: "), std::string::npos)
      << r.err;
  EXPECT_EQ(Disclose("serve --port 70000").exit_code, 2);
}

}  // namespace
}  // namespace disclose
