#include "git/store.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

namespace disclose {

namespace fs = std::filesystem;

PublishedStore StoreFor(const std::string& published) {
  std::string p = published;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  const size_t slash = p.rfind('/');
  const std::string parent =
      slash == std::string::npos ? std::string() : p.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? p : p.substr(slash + 1);
  return {p, parent + "." + name + ".disclose"};
}

std::string TreeCommit(const std::string& name) {
  if (name.size() != 49 || name[40] != '-') return "";
  for (size_t i = 0; i < 49; ++i) {
    if (i == 40) continue;
    const char c = name[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return "";
  }
  return name.substr(0, 40);
}

PublishedState ReadPublishedState(const PublishedStore& store) {
  PublishedState st;
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(store.published, ec);
  if (ec || !fs::exists(link)) return st;
  if (fs::is_symlink(link)) {
    st.kind = PublishedState::kForeign;
    const fs::path target = fs::read_symlink(store.published, ec);
    if (ec) return st;
    const std::string name = target.filename().string();
    const std::string expected =
        fs::path(store.dir).filename().string() + "/trees/" + name;
    if (target.string() == expected && !TreeCommit(name).empty()) {
      st.kind = fs::is_directory(store.tree(name), ec)
                    ? PublishedState::kLinked
                    : PublishedState::kBroken;
      st.tree = name;
      st.commit = TreeCommit(name);
    }
    return st;
  }
  if (!fs::is_directory(link)) {
    st.kind = PublishedState::kForeign;
  } else if (fs::is_directory(fs::path(store.published) / ".git", ec)) {
    st.kind = PublishedState::kLegacy;
  } else {
    st.kind = PublishedState::kDirectory;
  }
  return st;
}

bool HasRepository(const PublishedStore& store) {
  std::error_code ec;
  return fs::exists(fs::path(store.repository()) / "HEAD", ec);
}

std::string NewTreeName(const std::string& commit) {
  std::random_device rd;
  char suffix[9];
  snprintf(suffix, sizeof suffix, "%08x", rd());
  return commit + "-" + suffix;
}

Status RecordGitLocks(const PublishedStore& store,
                      const std::vector<std::string>& names) {
  std::string text;
  for (const auto& n : names) text += n + "\n";
  const std::string fresh = store.git_locks() + ".new";
  int fd =
      ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error("cannot write " + fresh);
  bool ok = ::write(fd, text.data(), text.size()) ==
            static_cast<ssize_t>(text.size());
  ok = ::fsync(fd) == 0 && ok;
  ::close(fd);
  if (!ok || ::rename(fresh.c_str(), store.git_locks().c_str()) != 0) {
    return Status::Error("cannot write " + store.git_locks());
  }
  return SyncDirectory(store.dir);
}

std::vector<std::string> RecordedGitLocks(const PublishedStore& store) {
  std::vector<std::string> out;
  std::ifstream in(store.git_locks());
  for (std::string line; std::getline(in, line);) {
    // Only lock files inside the repository, never a path elsewhere.
    if (!line.empty() && line.find("..") == std::string::npos &&
        line.front() != '/' && line.size() > 5 &&
        line.compare(line.size() - 5, 5, ".lock") == 0) {
      out.push_back(line);
    }
  }
  return out;
}

void ClearGitLocks(const PublishedStore& store) {
  ::unlink(store.git_locks().c_str());
}

std::vector<std::string> ListTrees(const PublishedStore& store) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(store.trees(), ec), end; !ec && it != end;
       it.increment(ec)) {
    out.push_back(it->path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status SyncFileSystem(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error("cannot open " + path);
  const bool ok = ::syncfs(fd) == 0;
  ::close(fd);
  return ok ? Status::Ok() : Status::Error("cannot flush " + path + " to disk");
}

Status SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(),
                  O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::Error("cannot open " + dir);
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok ? Status::Ok() : Status::Error("cannot sync " + dir);
}

Status SwitchPublished(const PublishedStore& store, const std::string& name,
                       std::string* displaced) {
  displaced->clear();
  const std::string target =
      fs::path(store.dir).filename().string() + "/trees/" + name;
  const std::string link =
      store.published + ".disclose-link-" + NewTreeName("").substr(1);
  if (::symlink(target.c_str(), link.c_str()) != 0) {
    return Status::Error("cannot create the link " + link);
  }
  std::error_code ec;
  const bool directory =
      !fs::is_symlink(fs::symlink_status(store.published, ec)) &&
      fs::is_directory(store.published, ec);
  int rc;
  if (directory) {
    // A directory at P (a plain checkout being adopted): exchange it with
    // the link, atomically, and leave it under the link's name.
    rc = ::renameat2(AT_FDCWD, link.c_str(), AT_FDCWD, store.published.c_str(),
                     RENAME_EXCHANGE);
    if (rc == 0) *displaced = link;
  } else {
    rc = ::rename(link.c_str(), store.published.c_str());
  }
  if (rc != 0) {
    ::unlink(link.c_str());
    return Status::Error("cannot switch " + store.published + " to " + target);
  }
  return SyncDirectory(fs::path(store.published).parent_path().string());
}

StatusOr<std::unique_ptr<Repository>> OpenPublished(
    const PublishedStore& store) {
  const PublishedState state = ReadPublishedState(store);
  std::string gitdir, workdir;
  if (HasRepository(store)) {
    gitdir = store.repository();
    if (state.kind == PublishedState::kLinked) workdir = store.tree(state.tree);
  } else if (state.kind == PublishedState::kLegacy) {
    gitdir = store.published + "/.git";
    workdir = store.published;
  } else {
    return std::unique_ptr<Repository>();
  }
  auto repo = Repository::Open(gitdir, false);
  if (!repo.ok()) return repo.status();
  if (!workdir.empty()) {
    Status s = (*repo)->SetWorkDir(workdir);
    if (!s.ok()) return s;
  }
  return std::move(*repo);
}

long long FreeBytes(const std::string& path) {
  struct statvfs st;
  if (::statvfs(path.c_str(), &st) != 0) return -1;
  return static_cast<long long>(st.f_bavail) *
         static_cast<long long>(st.f_frsize);
}

}  // namespace disclose
