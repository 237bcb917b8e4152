// Repository's checks for verify: the work tree against a commit, and
// every object of the history read back.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include "git/repository.h"
#include "git/repository_impl.h"

namespace disclose {

namespace {
int CollectOid(const char* root, const git_tree_entry* entry, void* payload) {
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  auto* out = static_cast<std::map<std::string, git_oid>*>(payload);
  (*out)[std::string(root) + git_tree_entry_name(entry)] =
      *git_tree_entry_id(entry);
  return 0;
}
}  // namespace

StatusOr<std::vector<std::string>> Repository::WorkTreeDifferences(
    const std::string& commit) const {
  namespace fs = std::filesystem;
  if (workdir_.empty()) return Status::Error("the repository has no work tree");
  std::map<std::string, git_oid> committed;
  if (!commit.empty()) {
    auto tree = TreeOf(commit);
    if (!tree.ok()) return tree.status();
    auto t = impl_->Tree(*tree);
    if (!t.ok()) return t.status();
    Status s = GitCheck(
        git_tree_walk(t->get(), GIT_TREEWALK_PRE, CollectOid, &committed),
        "reading HEAD's tree");
    if (!s.ok()) return s;
  }
  std::vector<std::string> out;
  std::set<std::string> seen;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(workdir_, ec), end; it != end;
       it.increment(ec)) {
    if (ec)
      return Status::Error("cannot list " + workdir_ + ": " + ec.message());
    const std::string rel = fs::relative(it->path(), workdir_).generic_string();
    if (rel == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory()) continue;
    seen.insert(rel);
    auto c = committed.find(rel);
    if (c == committed.end()) {
      out.push_back("added by hand: " + rel);
      continue;
    }
    git_oid oid;
    Status s =
        GitCheck(git_odb_hashfile(&oid, it->path().c_str(), GIT_OBJECT_BLOB),
                 "hashing " + rel);
    if (!s.ok()) return s;
    if (!git_oid_equal(&oid, &c->second)) out.push_back("changed: " + rel);
  }
  for (const auto& [path, oid] : committed) {
    if (!seen.count(path)) out.push_back("missing: " + path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status Repository::CheckObjects(size_t* count) const {
  git_odb* raw_odb = nullptr;
  Status s = GitCheck(git_repository_odb(&raw_odb, impl_->repo.get()),
                      "opening the object database");
  GitOdbPtr odb(raw_odb);
  if (!s.ok()) return s;
  std::set<std::string> seen;
  // Reads an object (libgit2 checks its hash) and returns its tree entries
  // or parents to visit next.
  std::function<Status(const git_oid&)> visit = [&](const git_oid& oid) {
    if (!seen.insert(OidHex(oid)).second) return Status::Ok();
    git_odb_object* raw = nullptr;
    Status st = GitCheck(git_odb_read(&raw, odb.get(), &oid),
                         "object " + OidHex(oid) + " is unreadable");
    GitOdbObjectPtr obj(raw);
    if (!st.ok()) return st;
    if (git_odb_object_type(obj.get()) == GIT_OBJECT_TREE) {
      auto t = impl_->Tree(OidHex(oid));
      if (!t.ok()) return t.status();
      for (size_t i = 0; i < git_tree_entrycount(t->get()); ++i) {
        st = visit(*git_tree_entry_id(git_tree_entry_byindex(t->get(), i)));
        if (!st.ok()) return st;
      }
    }
    return Status::Ok();
  };
  auto log = Log();
  if (!log.ok()) return log.status();
  for (const auto& c : *log) {
    git_oid oid, tree;
    ParseOid(c.id, &oid);
    ParseOid(c.tree, &tree);
    s = visit(oid);
    if (!s.ok()) return s;
    s = visit(tree);
    if (!s.ok()) return s;
  }
  *count = seen.size();
  return Status::Ok();
}

}  // namespace disclose
