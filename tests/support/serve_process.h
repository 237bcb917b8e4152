// Test support: `disclose serve` (or any command) as a child process with
// its stdout on a pipe, and a plain HTTP GET to 127.0.0.1.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace disclose::testing {

// Starts `args` (args[0] is the program's path). Killed on destruction
// unless Stop() saw it exit.
class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& args);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  // The first line on stdout, within `timeout`.
  std::string FirstLine(
      std::chrono::milliseconds timeout = std::chrono::seconds(10));

  // Sends the signal and waits up to 5 s; the exit code, or -1.
  int Stop(int signal);

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  int exit_code_ = -1;
};

// The port of serve's first line ("serving http://127.0.0.1:N/ ..."), or -1.
int ServedPort(const std::string& first_line);

// The whole reply (status line, headers, body) to GET `path` on
// 127.0.0.1:port; "" when nothing answers.
std::string Get(int port, const std::string& path);

}  // namespace disclose::testing
