// FileSystem: the only way the pipeline touches the disk. RealFileSystem
// works on the host; MemoryFileSystem keeps files in a map so that stage
// tests run without a disk. Paths are '/'-separated strings. Both are safe
// to use from several threads at once.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"

namespace disclose {

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual StatusOr<std::string> ReadFile(const std::string& path) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  // Every regular file below dir, as paths relative to dir, sorted bytewise.
  // Entries whose name starts with '.' are skipped (and not descended into).
  virtual StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) const = 0;

  // Creates parent directories as needed. With sync, the data is flushed to
  // stable storage before returning.
  virtual Status WriteFile(const std::string& path, const std::string& data,
                           bool sync = false) = 0;
  // Like WriteFile, but fails when anything is at path already (on a real
  // disk atomically, with O_EXCL): for files that must never be overwritten.
  virtual Status CreateNewFile(const std::string& path,
                               const std::string& data) {
    if (IsFile(path) || IsDirectory(path)) {
      return Status::Error(path + " already exists");
    }
    return WriteFile(path, data, false);
  }
  virtual Status MakeDirectories(const std::string& path) = 0;
  // Renames a file or directory; `to` must not exist.
  virtual Status Rename(const std::string& from, const std::string& to) = 0;
  // Removes a file or a whole directory tree; a missing path is not an error.
  virtual Status RemoveAll(const std::string& path) = 0;
};

class RealFileSystem : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) const override;
  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override;
  Status CreateNewFile(const std::string& path,
                       const std::string& data) override;
  Status MakeDirectories(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;
  Status RemoveAll(const std::string& path) override;
};

class MemoryFileSystem : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) const override;
  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override;
  Status MakeDirectories(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;
  Status RemoveAll(const std::string& path) override;

  // REQUIRES: no other thread is using the file system.
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  bool IsDirectoryLocked(const std::string& path) const;

  mutable std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> dirs_;
};

// Joins two path parts with one '/' ("a" + "b" -> "a/b"; "" + "b" -> "b").
std::string JoinPath(const std::string& a, const std::string& b);

}  // namespace disclose
