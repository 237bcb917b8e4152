// `disclose serve` as a process: the real binary on a copy of the sample
// site made large, so that a build takes long enough to be interrupted.
#include "serve/serve.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "support/sample_copy.h"
#include "support/serve_process.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using testing::Get;
using testing::ServedPort;
using testing::ServeProcess;
using testing::Slurp;

class ServeTest : public ::testing::Test {
 protected:
  // `count` more notices, copies of one of the sample's under index
  // numbers of their own, so that every build has that much more to do.
  void AddNotices(int count) {
    const fs::path from = copy_.dir() / "content/news/2005";
    const std::string text = Slurp(from / "coordination-group-meeting.md");
    const std::string index_no = "00817334-4/2005-00002";
    const size_t at = text.find(index_no);
    ASSERT_NE(at, std::string::npos);
    for (int i = 0; i < count; ++i) {
      std::string copy = text;
      const std::string serial = std::to_string(10000 + i);
      copy.replace(at, index_no.size(), "00817334-4/2005-" + serial);
      std::ofstream(
          copy_.dir() / "content/news/2005" / ("copy-" + serial + ".md"),
          std::ios::binary)
          << copy;
    }
  }

  testing::SampleCopy copy_;
};

// Ctrl-C while a rebuild runs: serve stops between documents, at once,
// instead of when the build is done.
TEST_F(ServeTest, CtrlCDuringARebuildStopsAtOnce) {
  AddNotices(3000);
  ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0", "--quiet",
                      "--site", copy_.dir().string()});
  const auto started = Clock::now();
  // The first build is long, longer still under a sanitizer.
  const int port = ServedPort(serve.FirstLine(std::chrono::seconds(120)));
  ASSERT_GT(port, 0);
  const auto first_build = Clock::now() - started;
  // A build must take long enough to tell "at once" from "after it".
  if (first_build < std::chrono::milliseconds(1500)) {
    GTEST_SKIP() << "the site builds too fast here to tell";
  }

  std::ofstream(copy_.dir() / "content/news/2005/copy-10000.md", std::ios::app)
      << "\n再补一段。\n";
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  // The preview still answers while it builds.
  EXPECT_NE(Get(port, "/").find("HTTP/1.1 200 OK"), std::string::npos);
  const auto stop = Clock::now();
  EXPECT_EQ(serve.Stop(SIGINT), 0);
  // Within 1 s, or a fifth of a build where building is slow (a sanitizer):
  // what is left after the cancel flag is read (the document at hand, the
  // load, freeing the site) is not cancellable.
  EXPECT_LT(Clock::now() - stop, std::max<Clock::duration>(
                                     std::chrono::seconds(1), first_build / 5));
}

}  // namespace
}  // namespace disclose
