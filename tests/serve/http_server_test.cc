// The preview on a real socket (port 0: a free one), spoken to with raw
// HTTP so that the test sends exactly what it means, ".." included.
#include "serve/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "base/text.h"
#include "serve/fd_handles.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

using Clock = std::chrono::steady_clock;

// A connection to the server from `from`, an address of the loopback
// network (127.0.0.2 is another client than 127.0.0.1).
UniqueFd Connect(int port, const char* from = "127.0.0.1") {
  UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  timeval timeout{5, 0};
  ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, from, &local.sin_addr);
  EXPECT_EQ(::bind(fd.get(), reinterpret_cast<sockaddr*>(&local), sizeof local),
            0);
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

// How long until the server closes the connection (reading and dropping
// what comes), or nullopt when it stays open for `limit`. *received gets
// what came.
std::optional<Clock::duration> TimeToClose(const UniqueFd& fd,
                                           Clock::duration limit,
                                           std::string* received = nullptr) {
  const auto start = Clock::now();
  char buf[65536];
  while (Clock::now() - start < limit) {
    pollfd p{fd.get(), POLLIN, 0};
    if (::poll(&p, 1, 20) <= 0) continue;
    const ssize_t n = ::recv(fd.get(), buf, sizeof buf, MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
      return Clock::now() - start;
    }
    if (n > 0 && received != nullptr) {
      received->append(buf, static_cast<size_t>(n));
    }
  }
  return std::nullopt;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    opts_.load.site_root = "site";
    opts_.validate.today = Date{2026, 1, 1};
    PreviewServerOptions server_opts;
    server_opts.heartbeat = std::chrono::milliseconds(200);
    Restart(server_opts);
  }

  // The site built again and served on a free port with these options, in
  // place of the server there (a stopped preview stays stopped).
  void Restart(PreviewServerOptions server_opts) {
    server_.reset();
    preview_ = std::make_unique<Preview>(fs_, opts_);
    ASSERT_FALSE(preview_->Rebuild().failed);
    server_opts.port = 0;
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
  const Reply long_line = Request("GET", "/" + std::string(10000, 'a'));
  EXPECT_EQ(long_line.status, 414);
  EXPECT_EQ(long_line.body, "the request line is longer than 8 KiB\n");
  UniqueFd fd = Connect(server_->port());
  Send(fd, "GET / HTTP/1.1\r\nHost: " + Host() + "\r\nX-Big: " +
               std::string(20000, 'b') + "\r\nConnection: close\r\n\r\n");
  const Reply big_header = ReceiveReply(fd);
  EXPECT_EQ(big_header.status, 431);
  EXPECT_EQ(big_header.body, "the request headers are longer than 8 KiB\n");
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

// The issue this server was rebuilt for: slow clients (here 64 of them,
// each sending its head a byte every 300 ms, and connecting again when cut
// off) must not keep anyone else waiting, because a head is read by the
// event loop and only a complete one reaches a worker.
TEST_F(HttpServerTest, AnswersRequestsWhileSlowClientsTrickle) {
  const std::string head = "GET / HTTP/1.1\r\nHost: " + Host() +
                           "\r\nX-Slow: " + std::string(100, 's') + "\r\n\r\n";
  std::vector<UniqueFd> slow;
  std::vector<size_t> sent(64, 0);
  for (int i = 0; i < 64; ++i) slow.push_back(Connect(server_->port()));
  std::atomic<bool> done{false};
  std::atomic<int> reconnected{0};
  std::thread trickle([&] {
    while (!done) {
      for (size_t i = 0; i < slow.size(); ++i) {
        if (::send(slow[i].get(), &head[sent[i] % head.size()], 1,
                   MSG_NOSIGNAL) != 1) {
          slow[i] = Connect(server_->port());  // cut off: again
          sent[i] = 0;
          ++reconnected;
          continue;
        }
        ++sent[i];
      }
      for (int t = 0; t < 30 && !done; ++t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto until = Clock::now() + std::chrono::seconds(4);
  int answered = 0;
  while (Clock::now() < until) {
    const auto start = Clock::now();
    EXPECT_EQ(Request("GET", "/").status, 200);
    EXPECT_EQ(Request("GET", "/assets/style.css").status, 200);
    // Not a benchmark: "promptly" is anything but waiting for the slow.
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(2));
    ++answered;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  done = true;
  trickle.join();
  EXPECT_GT(answered, 10);
  // The slow ones were cut off at the head deadline and came back.
  EXPECT_GE(reconnected.load(), 64);
}

TEST_F(HttpServerTest, AnswersA408WhenTheHeadDoesNotArriveInTime) {
  UniqueFd fd = Connect(server_->port());
  const auto start = Clock::now();
  Send(fd, "GET / HTTP/1.1\r\n");
  std::string received;
  while (Clock::now() - start < std::chrono::seconds(5)) {
    pollfd p{fd.get(), POLLIN, 0};
    if (::poll(&p, 1, 300) > 0) break;
    ::send(fd.get(), "X-Slow: 1\r\n", 11, MSG_NOSIGNAL);
  }
  ASSERT_TRUE(TimeToClose(fd, std::chrono::seconds(1), &received));
  const auto after = Clock::now() - start;
  EXPECT_EQ(received,
            "HTTP/1.1 408 Request Timeout\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Length: 35\r\nConnection: close\r\n\r\n"
            "the request did not arrive in time\n");
  EXPECT_GE(after, std::chrono::milliseconds(1900));
  EXPECT_LT(after, std::chrono::milliseconds(3000));
}

TEST_F(HttpServerTest, ClosesIdleConnectionsAfterOneSecond) {
  UniqueFd silent = Connect(server_->port());
  auto closed = TimeToClose(silent, std::chrono::seconds(3));
  ASSERT_TRUE(closed);
  EXPECT_GE(*closed, std::chrono::milliseconds(900));
  EXPECT_LT(*closed, std::chrono::milliseconds(1800));

  // Kept alive after an answer, then idle for 1 s.
  UniqueFd kept = Connect(server_->port());
  Send(kept, "HEAD / HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n");
  const std::string head = Receive(kept, "\r\n\r\n");
  EXPECT_EQ(Parse(head).status, 200);
  EXPECT_NE(head.find("Keep-Alive: timeout=1, max=100\r\n"), std::string::npos)
      << head;
  closed = TimeToClose(kept, std::chrono::seconds(3));
  ASSERT_TRUE(closed);
  EXPECT_GE(*closed, std::chrono::milliseconds(900));
  EXPECT_LT(*closed, std::chrono::milliseconds(1800));
}

TEST_F(HttpServerTest, AnswersRequestsSentTogetherInTurn) {
  UniqueFd fd = Connect(server_->port());
  const std::string head = "HEAD / HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n";
  Send(fd, head + head + "GET /assets/style.css HTTP/1.1\r\nHost: " + Host() +
               "\r\nConnection: close\r\n\r\n");
  std::string all;
  ASSERT_TRUE(TimeToClose(fd, std::chrono::seconds(3), &all));
  size_t replies = 0;
  for (size_t at = 0;
       (at = all.find("HTTP/1.1 200 OK\r\n", at)) != std::string::npos; ++at) {
    ++replies;
  }
  EXPECT_EQ(replies, 3u);
  EXPECT_NE(all.find("Content-Type: text/css"), std::string::npos);
}

TEST_F(HttpServerTest, AnswersARequestWithABodyThenCloses) {
  UniqueFd fd = Connect(server_->port());
  // The body is never read: were it, "GET /x" would be a second request.
  Send(fd,
       "GET / HTTP/1.1\r\nHost: " + Host() +
           "\r\nContent-Length: 29\r\n\r\nGET /x HTTP/1.1\r\nHost: a\r\n\r\n");
  std::string all;
  ASSERT_TRUE(TimeToClose(fd, std::chrono::seconds(3), &all));
  EXPECT_EQ(Parse(all).status, 200);
  EXPECT_NE(all.find("Connection: close\r\n"), std::string::npos);
  EXPECT_EQ(all.find("HTTP/1.1", 1), std::string::npos);
}

// Over the cap of connections from one client, a new one takes the place
// of the oldest that is still sending its head: a client cannot lock itself
// (or the page it opened) out by leaving heads unfinished.
TEST_F(HttpServerTest, ANewConnectionTakesThePlaceOfAWaitingOne) {
  PreviewServerOptions opts;
  opts.max_connections_per_client = 8;
  opts.max_connections = 10;
  Restart(opts);
  const std::string unfinished = "GET / HT";
  std::vector<UniqueFd> waiting;
  for (int i = 0; i < 20; ++i) {
    waiting.push_back(Connect(server_->port()));
    Send(waiting.back(), unfinished);
  }
  std::vector<UniqueFd> third;
  for (int i = 0; i < 2; ++i) {
    third.push_back(Connect(server_->port(), "127.0.0.3"));
    Send(third.back(), unfinished);
  }
  // Over the cap of its client: the oldest of that client's goes.
  EXPECT_EQ(Request("GET", "/").status, 200);
  waiting.push_back(Connect(server_->port()));
  Send(waiting.back(), unfinished);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // Over the total: the oldest of the client with most goes.
  UniqueFd other = Connect(server_->port(), "127.0.0.2");
  Send(other,
       "GET / HTTP/1.1\r\nHost: " + Host() + "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(ReceiveReply(other).status, 200);
  EXPECT_TRUE(TimeToClose(waiting.front(), std::chrono::milliseconds(100)));
  EXPECT_TRUE(TimeToClose(waiting[13], std::chrono::milliseconds(100)));
  EXPECT_FALSE(TimeToClose(waiting.back(), std::chrono::milliseconds(100)));
  for (auto& fd : third) {
    EXPECT_FALSE(TimeToClose(fd, std::chrono::milliseconds(100)));
  }
}

// A page that goes away gives its event stream back at once (the stream
// watches its socket), not when the next heartbeat fails to be written.
TEST_F(HttpServerTest, FreesTheStreamOfAPageThatWentAway) {
  PreviewServerOptions opts;
  opts.max_event_streams = 4;
  opts.heartbeat = std::chrono::seconds(30);
  Restart(opts);
  const std::string events =
      "GET /__disclose/events HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n";
  std::vector<UniqueFd> pages;
  for (int i = 0; i < 4; ++i) {
    pages.push_back(Connect(server_->port()));
    Send(pages.back(), events);
    EXPECT_EQ(Parse(Receive(pages.back(), "data: 1\n\n")).status, 200);
  }
  UniqueFd fifth = Connect(server_->port());
  Send(fifth, events);
  const Reply refused = ReceiveReply(fifth);
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.body, "too many open pages (4 in all)\n");

  pages.clear();  // every page closed
  const auto start = Clock::now();
  int status = 0;
  while (status != 200 && Clock::now() - start < std::chrono::seconds(3)) {
    UniqueFd again = Connect(server_->port());
    Send(again, events);
    status = Parse(Receive(again, "\r\n\r\n")).status;
    if (status != 200) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  EXPECT_EQ(status, 200);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(1));
}

TEST_F(HttpServerTest, CapsEventStreamsPerClientAndInAll) {
  PreviewServerOptions opts;
  opts.max_event_streams = 3;
  opts.max_event_streams_per_client = 2;
  Restart(opts);
  const std::string events =
      "GET /__disclose/events HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n";
  std::vector<UniqueFd> pages;
  auto open = [&](const char* from) {
    pages.push_back(Connect(server_->port(), from));
    Send(pages.back(), events);
    return Parse(Receive(pages.back(), "data: 1\n\n")).status;
  };
  auto refused = [&](const char* from) {
    pages.push_back(Connect(server_->port(), from));
    Send(pages.back(), events);
    const Reply r = ReceiveReply(pages.back());
    EXPECT_EQ(r.status, 503);
    return r.body;
  };
  EXPECT_EQ(open("127.0.0.1"), 200);
  EXPECT_EQ(open("127.0.0.1"), 200);
  EXPECT_EQ(refused("127.0.0.1"), "too many open pages from 127.0.0.1 (2)\n");
  EXPECT_EQ(open("127.0.0.2"), 200);
  EXPECT_EQ(refused("127.0.0.3"), "too many open pages (3 in all)\n");
}

// A client that asks for a large file and never reads it holds a worker
// only until the write deadline; with every worker so held, others wait
// at most that long.
TEST_F(HttpServerTest, AClientThatDoesNotReadIsCutOffAtTheWriteDeadline) {
  const std::string big(32 * 1024 * 1024, 'x');
  ASSERT_TRUE(
      fs_.WriteFile("site/themes/default/static/big.txt", big, false).ok());
  PreviewServerOptions opts;
  opts.threads = 1;
  opts.max_event_streams = 1;  // two workers in all
  opts.write_timeout = std::chrono::seconds(1);
  Restart(opts);
  std::vector<UniqueFd> stuck;
  for (int i = 0; i < 2; ++i) {
    stuck.push_back(Connect(server_->port()));
    Send(stuck.back(),
         "GET /assets/big.txt HTTP/1.1\r\nHost: " + Host() + "\r\n\r\n");
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = Clock::now();
  EXPECT_EQ(Request("GET", "/").status, 200);
  EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(2500));
  // Each was cut off: what it got ends well before the file does.
  for (auto& fd : stuck) {
    std::string got;
    ASSERT_TRUE(TimeToClose(fd, std::chrono::seconds(5), &got));
    EXPECT_EQ(Parse(got).status, 200);
    EXPECT_LT(got.size(), big.size());
  }
}

}  // namespace
}  // namespace disclose
