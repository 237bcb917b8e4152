// Status and StatusOr: errors as values for environment failures (I/O,
// libraries). Problems with the content itself are Diagnostics, not Status.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <variant>

namespace disclose {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    Status s;
    s.message_ = std::move(message);
    s.ok_ = false;
    return s;
  }
  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  bool ok_ = true;
  std::string message_;
};

// The text of an errno value ("No such file or directory"), safe to call
// from several threads (std::strerror is not).
inline std::string ErrnoText(int error = errno) {
  return std::generic_category().message(error);
}

// Holds either a value or a failed Status. Reaching for the value of a
// failed StatusOr is a programming error: it stops the program with the
// status's message on stderr instead of reading an empty optional.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}         // NOLINT: implicit
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit
    if (status_.ok()) {
      status_ = Status::Error("StatusOr made from an ok Status");
    }
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() {
    CheckOk();
    return *value_;
  }
  const T& value() const {
    CheckOk();
    return *value_;
  }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  void CheckOk() const {
    if (value_.has_value()) return;
    std::fprintf(stderr,
                 "disclose: internal error: value of a failed "
                 "StatusOr: %s\n",
                 status_.message().c_str());
    std::abort();
  }

  std::optional<T> value_;
  Status status_;
};

}  // namespace disclose
