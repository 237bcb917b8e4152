#include "base/file_system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>   // renameat2
#include <stdlib.h>  // mkdtemp
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

namespace disclose {

namespace fs = std::filesystem;

std::string JoinPath(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (b.empty()) return a;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

StatusOr<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  // O_NONBLOCK: a FIFO put where a listed file was must not block the open;
  // it is then refused, as is a device, because it is not a regular file.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Status::Error("cannot read " + path + ": " + ErrnoText());
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    return Status::Error("cannot read " + path + ": " + ErrnoText());
  }
  if (!S_ISREG(st.st_mode)) {
    return Status::Error("cannot read " + path + ": not a regular file");
  }
  std::string out;
  out.reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::Error("cannot read " + path + ": " + ErrnoText());
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

bool RealFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool RealFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool RealFileSystem::Exists(const std::string& path) const {
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

StatusOr<std::vector<std::string>> RealFileSystem::ListDirectory(
    const std::string& dir) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
    out.push_back(it->path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
std::string WithoutTrailingSlash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}
}  // namespace

std::string RealFileSystem::Canonical(const std::string& path) const {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) p = fs::absolute(path, ec).lexically_normal();
  return WithoutTrailingSlash(p.string());
}

StatusOr<std::vector<std::string>> FileSystem::ListFiles(
    const std::string& dir) const {
  auto entries = ListEntries(dir);
  if (!entries.ok()) return entries.status();
  std::vector<std::string> out;
  for (DirEntry& e : *entries) {
    if (e.kind == DirEntry::Kind::kFile) out.push_back(std::move(e.path));
  }
  return out;
}

StatusOr<std::vector<DirEntry>> RealFileSystem::ListEntries(
    const std::string& dir) const {
  std::vector<DirEntry> out;
  std::error_code ec;
  // Without follow_directory_symlink: a link to a folder is an entry.
  fs::recursive_directory_iterator it(dir, ec), end;
  fs::path base(dir);
  if (!base.has_filename()) base = base.parent_path();  // "content/"
  if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
    const std::string name = it->path().filename().string();
    const fs::file_status status = it->symlink_status(ec);
    if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
    if (!name.empty() && name[0] == '.') {
      if (fs::is_directory(status)) it.disable_recursion_pending();
      continue;
    }
    if (fs::is_directory(status)) continue;
    DirEntry e;
    // Lexically: fs::relative would resolve the links it is to report.
    e.path = it->path().lexically_relative(base).generic_string();
    if (fs::is_symlink(status)) {
      e.kind = DirEntry::Kind::kLink;
      std::error_code target_ec;
      e.link_to_folder = fs::is_directory(it->path(), target_ec);
    } else if (!fs::is_regular_file(status)) {
      e.kind = DirEntry::Kind::kSpecial;
    } else {
      std::error_code size_ec;
      e.size = it->file_size(size_ec);
    }
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) {
    return a.path < b.path;
  });
  return out;
}

Status RealFileSystem::WriteFile(const std::string& path,
                                 const std::string& data, bool sync) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    // Create the parent directories only when they are missing: a site
    // writes many files into few directories.
    std::error_code ec;
    fs::path p(path);
    if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
    if (ec) return Status::Error("cannot create directory for " + path);
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd < 0) return Status::Error("cannot write " + path);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      ::close(fd);
      return Status::Error("cannot write " + path);
    }
    done += static_cast<size_t>(n);
  }
  if (sync && ::fsync(fd) != 0) {
    ::close(fd);
    return Status::Error("cannot sync " + path);
  }
  if (::close(fd) != 0) return Status::Error("cannot write " + path);
  return Status::Ok();
}

Status RealFileSystem::CreateNewFile(const std::string& path,
                                     const std::string& data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0 && errno == EEXIST) return Status::Error(path + " already exists");
  if (fd < 0) return Status::Error("cannot write " + path);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      ::close(fd);
      ::unlink(path.c_str());
      return Status::Error("cannot write " + path);
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return Status::Error("cannot write " + path);
  return Status::Ok();
}

Status RealFileSystem::MakeDirectories(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) return Status::Error("cannot create " + path + ": " + ec.message());
  return Status::Ok();
}

Status RealFileSystem::Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) {
    return Status::Error("cannot move " + from + " to " + to + ": " +
                         ec.message());
  }
  return Status::Ok();
}

StatusOr<bool> RealFileSystem::Exchange(const std::string& a,
                                        const std::string& b) {
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) ==
      0) {
    return true;
  }
  if (errno == EINVAL || errno == ENOSYS) return false;
  return Status::Error("cannot swap " + a + " and " + b + ": " + ErrnoText());
}

StatusOr<std::string> RealFileSystem::MakeTempDirectory(
    const std::string& prefix) {
  std::string name = prefix + "XXXXXX";
  if (::mkdtemp(name.data()) == nullptr) {
    return Status::Error("cannot create " + name + ": " + ErrnoText());
  }
  return name;
}

Status RealFileSystem::RemoveAll(const std::string& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
  if (ec) return Status::Error("cannot remove " + path + ": " + ec.message());
  return Status::Ok();
}

// --- MemoryFileSystem -------------------------------------------------------

namespace {
bool UnderDir(const std::string& path, const std::string& dir) {
  if (dir.empty() || dir == ".") return true;
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
         path[dir.size()] == '/';
}
bool HasHiddenPart(const std::string& rel) {
  size_t start = 0;
  while (start < rel.size()) {
    if (rel[start] == '.') return true;
    size_t slash = rel.find('/', start);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return false;
}
std::string Strip(const std::string& dir) {
  if (!dir.empty() && dir.back() == '/') return dir.substr(0, dir.size() - 1);
  return dir;
}
}  // namespace

StatusOr<std::string> MemoryFileSystem::ReadFile(
    const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return Status::Error("cannot read " + path);
  return it->second;
}

bool MemoryFileSystem::IsFile(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  return files_.count(path) > 0;
}

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  return IsDirectoryLocked(path);
}

bool MemoryFileSystem::IsDirectoryLocked(const std::string& path) const {
  const std::string dir = Strip(path);
  if (dirs_.count(dir)) return true;
  for (const auto& [p, data] : files_) {
    if (UnderDir(p, dir)) return true;
  }
  return false;
}

bool MemoryFileSystem::Exists(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  return ExistsLocked(path);
}

bool MemoryFileSystem::ExistsLocked(const std::string& path) const {
  return files_.count(path) > 0 || IsDirectoryLocked(path);
}

StatusOr<std::vector<std::string>> MemoryFileSystem::ListDirectory(
    const std::string& dir) const {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string d = Strip(dir);
  if (!IsDirectoryLocked(d)) return Status::Error("cannot list " + dir);
  std::set<std::string> names;
  auto add = [&](const std::string& p) {
    if (!UnderDir(p, d)) return;
    const std::string rel =
        (d.empty() || d == ".") ? p : p.substr(d.size() + 1);
    names.insert(rel.substr(0, rel.find('/')));
  };
  for (const auto& [p, data] : files_) add(p);
  for (const auto& [p, present] : dirs_) add(p);
  return std::vector<std::string>(names.begin(), names.end());
}

// No symbolic links in memory: only "." and ".." are resolved. Relative
// paths stay relative, as if the working directory were the root.
std::string MemoryFileSystem::Canonical(const std::string& path) const {
  const bool relative = path.empty() || path[0] != '/';
  std::string p = (fs::path("/") / path).lexically_normal().generic_string();
  p = WithoutTrailingSlash(p);
  if (!relative) return p;
  return p == "/" ? "." : p.substr(1);
}

StatusOr<std::vector<DirEntry>> MemoryFileSystem::ListEntries(
    const std::string& dir) const {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string d = Strip(dir);
  if (!IsDirectoryLocked(d)) return Status::Error("cannot list " + dir);
  std::vector<DirEntry> out;
  for (const auto& [p, data] : files_) {
    if (!UnderDir(p, d)) continue;
    std::string rel = (d.empty() || d == ".") ? p : p.substr(d.size() + 1);
    if (!HasHiddenPart(rel)) {
      out.push_back({rel, DirEntry::Kind::kFile, false, data.size()});
    }
  }
  return out;  // std::map keeps them sorted
}

Status MemoryFileSystem::WriteFile(const std::string& path,
                                   const std::string& data, bool /*sync*/) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = data;
  return Status::Ok();
}

Status MemoryFileSystem::MakeDirectories(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  dirs_[Strip(path)] = true;
  return Status::Ok();
}

Status MemoryFileSystem::Rename(const std::string& from,
                                const std::string& to) {
  std::lock_guard<std::mutex> lock(mu_);
  if (files_.count(to) || IsDirectoryLocked(to)) {
    return Status::Error("cannot move " + from + " to " + to + ": exists");
  }
  if (files_.count(from)) {
    files_[to] = files_[from];
    files_.erase(from);
    return Status::Ok();
  }
  const std::string f = Strip(from);
  if (!IsDirectoryLocked(f)) return Status::Error("cannot move " + from);
  std::map<std::string, std::string> moved;
  for (auto it = files_.begin(); it != files_.end();) {
    if (UnderDir(it->first, f)) {
      moved[Strip(to) + it->first.substr(f.size())] = it->second;
      it = files_.erase(it);
    } else {
      ++it;
    }
  }
  files_.insert(moved.begin(), moved.end());
  std::map<std::string, bool> moved_dirs;
  for (auto it = dirs_.begin(); it != dirs_.end();) {
    if (it->first == f || UnderDir(it->first, f)) {
      moved_dirs[Strip(to) + it->first.substr(f.size())] = true;
      it = dirs_.erase(it);
    } else {
      ++it;
    }
  }
  dirs_.insert(moved_dirs.begin(), moved_dirs.end());
  dirs_[Strip(to)] = true;
  return Status::Ok();
}

StatusOr<bool> MemoryFileSystem::Exchange(const std::string& a,
                                          const std::string& b) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string x = Strip(a), y = Strip(b);
  if (!ExistsLocked(x) || !ExistsLocked(y) || x == y || UnderDir(x, y) ||
      UnderDir(y, x)) {
    return Status::Error("cannot swap " + a + " and " + b);
  }
  // Each path below x moves below y and the other way round.
  auto swapped = [&](const std::string& p) -> std::string {
    if (p == x || UnderDir(p, x)) return y + p.substr(x.size());
    if (p == y || UnderDir(p, y)) return x + p.substr(y.size());
    return p;
  };
  std::map<std::string, std::string> files;
  for (auto& [p, data] : files_) files[swapped(p)] = std::move(data);
  std::map<std::string, bool> dirs;
  for (const auto& [p, present] : dirs_) dirs[swapped(p)] = present;
  files_ = std::move(files);
  dirs_ = std::move(dirs);
  return true;
}

StatusOr<std::string> MemoryFileSystem::MakeTempDirectory(
    const std::string& prefix) {
  std::lock_guard<std::mutex> lock(mu_);
  const char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  for (;;) {
    int n = ++temp_directories_;
    std::string suffix;
    for (int i = 0; i < 6; ++i, n /= 36) suffix.insert(0, 1, kChars[n % 36]);
    const std::string name = prefix + suffix;
    if (ExistsLocked(name)) continue;
    dirs_[name] = true;
    return name;
  }
}

Status MemoryFileSystem::RemoveAll(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string p = Strip(path);
  files_.erase(p);
  for (auto it = files_.begin(); it != files_.end();) {
    it = UnderDir(it->first, p) ? files_.erase(it) : std::next(it);
  }
  for (auto it = dirs_.begin(); it != dirs_.end();) {
    it = (it->first == p || UnderDir(it->first, p)) ? dirs_.erase(it)
                                                    : std::next(it);
  }
  return Status::Ok();
}

}  // namespace disclose
