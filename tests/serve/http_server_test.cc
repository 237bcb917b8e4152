// The preview on a real socket (port 0: a free one), spoken to with raw
// HTTP so that the test sends exactly what it means, ".." included.
#include "serve/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "base/text.h"
#include "serve/fd_handles.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

using Clock = std::chrono::steady_clock;

UniqueFd Connect(int port) {
  UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  timeval timeout{5, 0};
  ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(
      ::connect(fd.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  return fd;
}

void Send(const UniqueFd& fd, const std::string& data) {
  ASSERT_EQ(::send(fd.get(), data.data(), data.size(), MSG_NOSIGNAL),
            static_cast<ssize_t>(data.size()));
}

// Reads until `until` appears, the peer closes, or 5 s pass.
std::string Receive(const UniqueFd& fd, const std::string& until = "") {
  std::string out;
  char buf[4096];
  const auto deadline = Clock::now() + std::chrono::seconds(5);
  while (Clock::now() < deadline) {
    if (!until.empty() && out.find(until) != std::string::npos) break;
    const ssize_t n = ::recv(fd.get(), buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

struct Reply {
  int status = 0;
  std::string head;
  std::string body;
};

Reply Parse(const std::string& raw) {
  Reply r;
  const size_t end = raw.find("\r\n\r\n");
  r.head = raw.substr(0, end);
  if (end != std::string::npos) r.body = raw.substr(end + 4);
  if (StartsWith(raw, "HTTP/1.1 ")) r.status = std::stoi(raw.substr(9, 3));
  return r;
}

// Reads one reply: its head, then Content-Length bytes of body (cpp-httplib
// keeps some connections open after an error reply).
Reply ReceiveReply(const UniqueFd& fd) {
  std::string raw = Receive(fd, "\r\n\r\n");
  Reply r = Parse(raw);
  const size_t at = r.head.find("Content-Length: ");
  if (at == std::string::npos) return Parse(raw + Receive(fd));
  const size_t length = std::stoul(r.head.substr(at + 16));
  char buf[4096];
  while (r.body.size() < length) {
    const ssize_t n = ::recv(fd.get(), buf, sizeof buf, 0);
    if (n <= 0) break;
    r.body.append(buf, static_cast<size_t>(n));
  }
  return r;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    opts_.load.site_root = "site";
    opts_.validate.today = Date{2026, 1, 1};
    preview_ = std::make_unique<Preview>(fs_, opts_);
    ASSERT_FALSE(preview_->Rebuild().failed);
    PreviewServerOptions server_opts;
    server_opts.port = 0;
    server_opts.heartbeat = std::chrono::milliseconds(200);
    auto server = PreviewServer::Start(*preview_, server_opts);
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = std::move(*server);
  }

  std::string Host() const {
    return "127.0.0.1:" + std::to_string(server_->port());
  }

  Reply Request(const std::string& method, const std::string& target,
                const std::string& host = "") {
    UniqueFd fd = Connect(server_->port());
    Send(fd, method + " " + target +
                 " HTTP/1.1\r\nHost: " + (host.empty() ? Host() : host) +
                 "\r\nConnection: close\r\n\r\n");
    return ReceiveReply(fd);
  }

  MemoryFileSystem fs_;
  PipelineOptions opts_;
  std::unique_ptr<Preview> preview_;
  std::unique_ptr<PreviewServer> server_;
};

TEST_F(HttpServerTest, ListensOnLoopbackAndServesTheSite) {
  EXPECT_GT(server_->port(), 0);
  EXPECT_EQ(server_->url(), "http://" + Host() + "/");
  Reply home = Request("GET", "/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.head.find("Content-Type: text/html; charset=utf-8"),
            std::string::npos);
  EXPECT_NE(home.head.find("Cache-Control: no-store"), std::string::npos);
  EXPECT_NE(home.body.find("<script src=\"/__disclose/reload.js\" "
                           "data-generation=\"1\"></script>"),
            std::string::npos);
  EXPECT_EQ(Request("GET", "/assets/style.css").status, 200);
  Reply head = Request("HEAD", "/catalogue/");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.body, "");
  EXPECT_EQ(Request("GET", "/localhost-too/",
                    "localhost:" + std::to_string(server_->port()))
                .status,
            404);
}

TEST_F(HttpServerTest, AnswersMissingPagesWith404) {
  Reply r = Request("GET", "/no-such-page/");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("<html"), std::string::npos);  // the site's 404 page
}

TEST_F(HttpServerTest, RefusesPathTraversalAndOtherMethods) {
  EXPECT_EQ(Request("GET", "/../content/site.yaml").status, 400);
  EXPECT_EQ(Request("GET", "/assets/../../content/site.yaml").status, 400);
  EXPECT_EQ(Request("GET", "/%2e%2e/%2e%2e/etc/passwd").status, 400);
  EXPECT_EQ(Request("GET", "/..%2f..%2fetc%2fpasswd").status, 400);
  EXPECT_EQ(Request("GET", "/%00").status, 400);
  EXPECT_EQ(Request("POST", "/").status, 405);
  EXPECT_EQ(Request("DELETE", "/index.html").status, 405);
  // Another Host: a page elsewhere reaching in by DNS rebinding.
  EXPECT_EQ(
      Request("GET", "/", "attacker.example:" + std::to_string(server_->port()))
          .status,
      403);
}

TEST_F(HttpServerTest, BoundsTheRequest) {
  EXPECT_GE(Request("GET", "/" + std::string(10000, 'a')).status, 400);
  UniqueFd fd = Connect(server_->port());
  Send(fd, "GET / HTTP/1.1\r\nHost: " + Host() + "\r\nX-Big: " +
               std::string(20000, 'b') + "\r\nConnection: close\r\n\r\n");
  const Reply big_header = ReceiveReply(fd);
  EXPECT_NE(big_header.status, 200);
  UniqueFd post = Connect(server_->port());
  Send(post, "POST / HTTP/1.1\r\nHost: " + Host() +
                 "\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(ReceiveReply(post).status, 405);
}

TEST_F(HttpServerTest, StreamsBuildsToOpenPagesAndStopsWithThemOpen) {
  UniqueFd fd = Connect(server_->port());
  Send(fd, "GET /__disclose/events HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n");
  const std::string first = Receive(fd, "data: 1\n\n");
  EXPECT_NE(first.find("Content-Type: text/event-stream"), std::string::npos)
      << first;
  EXPECT_NE(first.find("event: build\ndata: 1\n\n"), std::string::npos);

  preview_->Rebuild();
  EXPECT_NE(Receive(fd, "data: 2\n\n").find("event: build\ndata: 2\n\n"),
            std::string::npos);

  const auto start = Clock::now();
  server_->Stop();
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
}

TEST_F(HttpServerTest, ShowsDiagnosticsWhenTheContentBecomesInvalid) {
  const std::string path =
      "site/content/news/2005/provincial-open-government-plan.md";
  std::string text = *fs_.ReadFile(path);
  const size_t at = text.find("validity: 有效");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("validity: 有效").size(),
               "validity: <b>有用</b>");
  ASSERT_TRUE(fs_.WriteFile(path, text, false).ok());
  preview_->Rebuild();
  Reply page = Request("GET", "/news/2005/provincial-open-government-plan/");
  EXPECT_EQ(page.status, 503);
  EXPECT_NE(page.body.find(
                "<code>content/news/2005/provincial-open-government-plan.md:"),
            std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("现为“&lt;b&gt;有用&lt;/b&gt;”"), std::string::npos);
  EXPECT_EQ(Request("GET", "/assets/style.css").status, 200);
}

TEST_F(HttpServerTest, ABusyPortIsAClearError) {
  PreviewServerOptions again;
  again.port = server_->port();
  auto second = PreviewServer::Start(*preview_, again);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().message(),
            "cannot listen on 127.0.0.1:" + std::to_string(server_->port()) +
                " (is another server using it? --port 0 picks a free port)");
}

}  // namespace
}  // namespace disclose
