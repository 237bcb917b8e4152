// FileSystem: the only way the pipeline touches the disk. RealFileSystem
// works on the host; MemoryFileSystem keeps files in a map so that stage
// tests run without a disk. Paths are '/'-separated strings. Both are safe
// to use from several threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"

namespace disclose {

// What a listing found at a path, as lstat sees it: a symbolic link is
// reported as one, never followed.
struct DirEntry {
  enum class Kind {
    kFile,     // a regular file
    kLink,     // a symbolic link (to a file, a folder, or nothing)
    kSpecial,  // a FIFO, a socket or a device
  };
  std::string path;  // relative to the listed folder, '/'-separated
  Kind kind = Kind::kFile;
  bool link_to_folder = false;  // kLink: it points to a folder
  uint64_t size = 0;            // kFile: its size in bytes
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual StatusOr<std::string> ReadFile(const std::string& path) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  // Anything at path: a file, a folder, or a symbolic link (even one that
  // points nowhere).
  virtual bool Exists(const std::string& path) const = 0;
  // Everything below dir that is not a folder (regular files, links and
  // special files), sorted bytewise by path; folders are descended into,
  // links to folders are not. Entries whose name starts with '.' are
  // skipped (and not descended into).
  virtual StatusOr<std::vector<DirEntry>> ListEntries(
      const std::string& dir) const = 0;
  // The regular files of ListEntries, as paths relative to dir.
  StatusOr<std::vector<std::string>> ListFiles(const std::string& dir) const;
  // The names of everything directly in dir, hidden ones included, sorted.
  virtual StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& dir) const = 0;
  // path made absolute (an in-memory file system keeps relative paths
  // relative), with "." and ".." and every symbolic link of its existing
  // part resolved, and no trailing '/': two paths name the same place
  // exactly when their canonical forms are equal.
  virtual std::string Canonical(const std::string& path) const = 0;

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
  // Swaps two existing paths in one atomic step (renameat2 with
  // RENAME_EXCHANGE): either both moved or neither. Returns false, having
  // changed nothing, when the kernel or the file system cannot do that
  // (EINVAL, ENOSYS); the caller then falls back to two renames.
  virtual StatusOr<bool> Exchange(const std::string& a,
                                  const std::string& b) = 0;
  // Creates a new, empty directory named prefix + six characters that no
  // other path has (mkdtemp), readable only by its owner; returns its path.
  virtual StatusOr<std::string> MakeTempDirectory(
      const std::string& prefix) = 0;
  // Removes a file or a whole directory tree; a missing path is not an error.
  // A symbolic link is removed, never what it points to.
  virtual Status RemoveAll(const std::string& path) = 0;
};

class RealFileSystem : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  StatusOr<std::vector<DirEntry>> ListEntries(
      const std::string& dir) const override;
  StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& dir) const override;
  std::string Canonical(const std::string& path) const override;
  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override;
  Status CreateNewFile(const std::string& path,
                       const std::string& data) override;
  Status MakeDirectories(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;
  StatusOr<bool> Exchange(const std::string& a, const std::string& b) override;
  StatusOr<std::string> MakeTempDirectory(const std::string& prefix) override;
  Status RemoveAll(const std::string& path) override;
};

class MemoryFileSystem : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  StatusOr<std::vector<DirEntry>> ListEntries(
      const std::string& dir) const override;
  StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& dir) const override;
  std::string Canonical(const std::string& path) const override;
  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override;
  Status MakeDirectories(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;
  StatusOr<bool> Exchange(const std::string& a, const std::string& b) override;
  StatusOr<std::string> MakeTempDirectory(const std::string& prefix) override;
  Status RemoveAll(const std::string& path) override;

  // REQUIRES: no other thread is using the file system.
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  bool IsDirectoryLocked(const std::string& path) const;
  bool ExistsLocked(const std::string& path) const;

  mutable std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> dirs_;
  int temp_directories_ = 0;  // made by MakeTempDirectory, for unique names
};

// Joins two path parts with one '/' ("a" + "b" -> "a/b"; "" + "b" -> "b").
std::string JoinPath(const std::string& a, const std::string& b);

}  // namespace disclose
