#include "git/repository.h"

#include <filesystem>
#include <functional>
#include <set>

#include "base/file_system.h"
#include "base/text.h"
#include "git/git_handles.h"
#include "git/repository_impl.h"

namespace disclose {

namespace {

// libgit2 is initialized on first use and shut down at exit, so that its
// global state (caches, per-thread buffers) is released. It does not fsync
// each file it writes: publish flushes the whole file system once at each
// point where order matters (docs/publishing.md), which is as safe and
// takes one flush instead of hundreds.
void Library() { static GitLibrary lib; }

using GitTreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;

}  // namespace

Repository::~Repository() = default;

StatusOr<std::unique_ptr<Repository>> Repository::Open(
    const std::string& gitdir, bool create) {
  Library();
  std::unique_ptr<Repository> r(new Repository());
  r->impl_ = std::make_unique<Impl>();
  r->gitdir_ = gitdir;
  git_repository* repo = nullptr;
  int rc = git_repository_open_ext(
      &repo, gitdir.c_str(),
      GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_BARE, nullptr);
  if (rc == GIT_ENOTFOUND && create) {
    // Laid out like a bare repository (the git directory itself), but not
    // bare: its work trees are the store's checkouts, which point to it
    // with a .git file.
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_BARE;
    opts.initial_head = "main";
    rc = git_repository_init_ext(&repo, gitdir.c_str(), &opts);
    r->impl_->repo.reset(repo);
    Status s = GitCheck(rc, "creating the repository in " + gitdir);
    if (!s.ok()) return s;
    s = r->UseWorkTrees();
    if (!s.ok()) return s;
    return r;
  }
  r->impl_->repo.reset(repo);
  if (rc == GIT_ENOTFOUND) {
    return Status::Error("there is no published repository in " + gitdir +
                         " (run 'disclose publish' first)");
  }
  Status s = GitCheck(rc, "opening the repository in " + gitdir);
  if (!s.ok()) return s;
  return r;
}

Status Repository::UseWorkTrees() {
  git_config* raw = nullptr;
  Status s = GitCheck(git_repository_config(&raw, impl_->repo.get()),
                      "reading the repository's config");
  GitConfigPtr config(raw);
  if (!s.ok()) return s;
  int bare = 0;
  if (git_config_get_bool(&bare, config.get(), "core.bare") == 0 && !bare) {
    return Status::Ok();
  }
  return GitCheck(git_config_set_bool(config.get(), "core.bare", 0),
                  "configuring the repository");
}

Status Repository::SetWorkDir(const std::string& dir) {
  // libgit2 1.5 leaks its path buffer when asked for the work tree it
  // already has, so ask only for a change.
  if (dir == workdir_) return Status::Ok();
  workdir_ = dir;
  return GitCheck(git_repository_set_workdir(impl_->repo.get(), dir.c_str(), 0),
                  "using " + dir + " as the work tree");
}

StatusOr<std::string> Repository::HeadBranch() const {
  git_reference* raw = nullptr;
  Status s = GitCheck(git_reference_lookup(&raw, impl_->repo.get(), "HEAD"),
                      "reading HEAD");
  GitReferencePtr head(raw);
  if (!s.ok()) return s;
  const char* branch = git_reference_symbolic_target(head.get());
  if (branch == nullptr) {
    return Status::Error(
        "the published repository is not on a branch (a detached HEAD at " +
        OidHex(*git_reference_target(head.get())).substr(0, 10) +
        "); put it back on its branch with: git --git-dir=" + gitdir_ +
        " symbolic-ref HEAD refs/heads/main");
  }
  return std::string(branch);
}

StatusOr<std::vector<std::string>> Repository::Branches() const {
  git_branch_iterator* raw = nullptr;
  Status s = GitCheck(
      git_branch_iterator_new(&raw, impl_->repo.get(), GIT_BRANCH_LOCAL),
      "listing the branches");
  GitBranchIteratorPtr it(raw);
  if (!s.ok()) return s;
  std::vector<std::string> out;
  git_reference* ref = nullptr;
  git_branch_t type;
  while (git_branch_next(&ref, &type, it.get()) == 0) {
    GitReferencePtr owned(ref);
    const char* name = nullptr;
    if (git_branch_name(&name, owned.get()) == 0 && name) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Repository::LockFiles() const {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  for (const char* name : {"index.lock", "HEAD.lock", "config.lock",
                           "packed-refs.lock", "shallow.lock"}) {
    if (fs::exists(fs::path(gitdir_) / name, ec)) out.push_back(name);
  }
  const fs::path refs = fs::path(gitdir_) / "refs";
  for (fs::recursive_directory_iterator it(refs, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".lock") {
      out.push_back(fs::relative(it->path(), gitdir_, ec).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

StatusOr<std::string> Repository::HashBlob(const std::string& data) const {
  git_oid oid;
  Status s = GitCheck(
      git_odb_hash(&oid, data.data(), data.size(), GIT_OBJECT_BLOB), "hashing");
  if (!s.ok()) return s;
  return OidHex(oid);
}

StatusOr<std::string> Repository::Head() const {
  git_oid oid;
  int rc = git_reference_name_to_id(&oid, impl_->repo.get(), "HEAD");
  if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) return std::string();
  Status s = GitCheck(rc, "reading HEAD");
  if (!s.ok()) return s;
  return OidHex(oid);
}

StatusOr<std::string> Repository::TreeOf(const std::string& commit) const {
  auto c = impl_->Commit(commit);
  if (!c.ok()) return c.status();
  return OidHex(*git_commit_tree_id(c->get()));
}

namespace {

// Directories of the site as a trie, written bottom-up as trees.
struct DirNode {
  std::map<std::string, DirNode> dirs;
  std::map<std::string, git_oid> files;
};

Status WriteDir(git_repository* repo, const DirNode& node, git_oid* out) {
  git_treebuilder* raw = nullptr;
  Status s =
      GitCheck(git_treebuilder_new(&raw, repo, nullptr), "building a tree");
  GitTreeBuilderPtr builder(raw);
  if (!s.ok()) return s;
  for (const auto& [name, oid] : node.files) {
    s = GitCheck(git_treebuilder_insert(nullptr, builder.get(), name.c_str(),
                                        &oid, GIT_FILEMODE_BLOB),
                 "adding " + name + " to a tree");
    if (!s.ok()) return s;
  }
  for (const auto& [name, child] : node.dirs) {
    git_oid child_oid;
    s = WriteDir(repo, child, &child_oid);
    if (!s.ok()) return s;
    s = GitCheck(git_treebuilder_insert(nullptr, builder.get(), name.c_str(),
                                        &child_oid, GIT_FILEMODE_TREE),
                 "adding " + name + "/ to a tree");
    if (!s.ok()) return s;
  }
  return GitCheck(git_treebuilder_write(out, builder.get()), "writing a tree");
}

}  // namespace

StatusOr<std::string> Repository::WriteTree(
    const std::vector<OutputFile>& files) {
  DirNode root;
  for (const auto& f : files) {
    git_oid oid;
    Status s =
        GitCheck(git_blob_create_from_buffer(&oid, impl_->repo.get(),
                                             f.data.data(), f.data.size()),
                 "storing " + f.path);
    if (!s.ok()) return s;
    std::vector<std::string> parts = Split(f.path, '/');
    DirNode* node = &root;
    for (size_t i = 0; i + 1 < parts.size(); ++i) node = &node->dirs[parts[i]];
    node->files[parts.back()] = oid;
  }
  git_oid tree;
  Status s = WriteDir(impl_->repo.get(), root, &tree);
  if (!s.ok()) return s;
  return OidHex(tree);
}

StatusOr<std::string> Repository::WriteCommit(
    const std::string& tree, const std::string& parent, const Signature& who,
    const std::string& message, long long time, int offset_minutes) {
  auto t = impl_->Tree(tree);
  if (!t.ok()) return t.status();
  git_signature* raw_sig = nullptr;
  Status s =
      GitCheck(git_signature_new(&raw_sig, who.name.c_str(), who.email.c_str(),
                                 static_cast<git_time_t>(time), offset_minutes),
               "the author \"" + who.name + " <" + who.email + ">\"");
  GitSignaturePtr sig(raw_sig);
  if (!s.ok()) return s;
  GitCommitPtr parent_commit;
  const git_commit* parents[1] = {nullptr};
  if (!parent.empty()) {
    auto p = impl_->Commit(parent);
    if (!p.ok()) return p.status();
    parent_commit = std::move(*p);
    parents[0] = parent_commit.get();
  }
  git_oid oid;
  s = GitCheck(git_commit_create(&oid, impl_->repo.get(), nullptr, sig.get(),
                                 sig.get(), "UTF-8", message.c_str(), t->get(),
                                 parent.empty() ? 0 : 1, parents),
               "writing the commit");
  if (!s.ok()) return s;
  return OidHex(oid);
}

Status Repository::MoveBranch(const std::string& commit,
                              const std::string& expected) {
  git_reference* raw_head = nullptr;
  Status s =
      GitCheck(git_reference_lookup(&raw_head, impl_->repo.get(), "HEAD"),
               "reading HEAD");
  GitReferencePtr head(raw_head);
  if (!s.ok()) return s;
  const char* branch = git_reference_symbolic_target(head.get());
  if (branch == nullptr) return Status::Error("HEAD is not on a branch");
  git_oid oid, old;
  s = ParseOid(commit, &oid);
  if (!s.ok()) return s;
  git_reference* raw_ref = nullptr;
  int rc;
  if (expected.empty()) {
    rc = git_reference_create(&raw_ref, impl_->repo.get(), branch, &oid, 0,
                              "disclose publish");
  } else {
    s = ParseOid(expected, &old);
    if (!s.ok()) return s;
    rc = git_reference_create_matching(&raw_ref, impl_->repo.get(), branch,
                                       &oid, 1, &old, "disclose publish");
  }
  GitReferencePtr ref(raw_ref);
  return GitCheck(rc, std::string("moving ") + branch +
                          " (did someone else publish meanwhile?)");
}

StatusOr<std::string> Repository::IndexTree() {
  git_index* raw = nullptr;
  Status s = GitCheck(git_repository_index(&raw, impl_->repo.get()),
                      "opening the index");
  GitIndexPtr index(raw);
  if (!s.ok()) return s;
  git_oid oid;
  s = GitCheck(git_index_write_tree(&oid, index.get()), "reading the index");
  if (!s.ok()) return s;
  return OidHex(oid);
}

Status Repository::ResetIndex(const std::string& tree) {
  auto t = impl_->Tree(tree);
  if (!t.ok()) return t.status();
  git_index* raw = nullptr;
  Status s = GitCheck(git_repository_index(&raw, impl_->repo.get()),
                      "opening the index");
  GitIndexPtr index(raw);
  if (!s.ok()) return s;
  s = GitCheck(git_index_read_tree(index.get(), t->get()), "reading the tree");
  if (!s.ok()) return s;
  // Stat data for every file, so that `git status` needs no re-hashing.
  s = GitCheck(git_index_update_all(index.get(), nullptr, nullptr, nullptr),
               "updating the index");
  if (!s.ok()) return s;
  return GitCheck(git_index_write(index.get()), "writing the index");
}

Status Repository::Push(const std::string& remote) {
  git_remote* raw = nullptr;
  Status s = GitCheck(
      git_remote_create_anonymous(&raw, impl_->repo.get(), remote.c_str()),
      "the remote " + remote);
  GitRemotePtr r(raw);
  if (!s.ok()) return s;
  git_reference* raw_head = nullptr;
  s = GitCheck(git_reference_lookup(&raw_head, impl_->repo.get(), "HEAD"),
               "reading HEAD");
  GitReferencePtr head(raw_head);
  if (!s.ok()) return s;
  const char* branch = git_reference_symbolic_target(head.get());
  if (branch == nullptr) return Status::Error("HEAD is not on a branch");
  std::string spec = std::string("+") + branch + ":" + branch;
  char* specs[] = {spec.data()};
  git_strarray refspecs = {specs, 1};
  git_push_options opts = GIT_PUSH_OPTIONS_INIT;
  return GitCheck(git_remote_push(r.get(), &refspecs, &opts),
                  "pushing to " + remote);
}

StatusOr<std::vector<CommitInfo>> Repository::Log() const {
  std::vector<CommitInfo> out;
  auto head = Head();
  if (!head.ok()) return head.status();
  if (head->empty()) return out;
  git_revwalk* raw = nullptr;
  Status s = GitCheck(git_revwalk_new(&raw, impl_->repo.get()), "walking");
  GitRevwalkPtr walk(raw);
  if (!s.ok()) return s;
  git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
  git_revwalk_simplify_first_parent(walk.get());
  s = GitCheck(git_revwalk_push_head(walk.get()), "walking from HEAD");
  if (!s.ok()) return s;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    auto c = impl_->Commit(OidHex(oid));
    if (!c.ok()) return c.status();
    const git_commit* commit = c->get();
    CommitInfo info;
    info.id = OidHex(oid);
    info.tree = OidHex(*git_commit_tree_id(commit));
    if (git_commit_parentcount(commit) > 0) {
      info.parent = OidHex(*git_commit_parent_id(commit, 0));
    }
    info.time = git_commit_time(commit);
    info.offset_minutes = git_commit_time_offset(commit);
    const git_signature* a = git_commit_author(commit);
    info.author = {a->name ? a->name : "", a->email ? a->email : ""};
    info.message = git_commit_message(commit) ? git_commit_message(commit) : "";
    out.push_back(std::move(info));
  }
  return out;
}

StatusOr<std::vector<TreeChange>> Repository::Changes(
    const std::string& old_tree, const std::string& new_tree,
    const std::string& suffix) const {
  GitTreePtr a, b;
  if (!old_tree.empty()) {
    auto t = impl_->Tree(old_tree);
    if (!t.ok()) return t.status();
    a = std::move(*t);
  }
  if (!new_tree.empty()) {
    auto t = impl_->Tree(new_tree);
    if (!t.ok()) return t.status();
    b = std::move(*t);
  }
  git_diff* raw = nullptr;
  Status s = GitCheck(
      git_diff_tree_to_tree(&raw, impl_->repo.get(), a.get(), b.get(), nullptr),
      "comparing trees");
  GitDiffPtr diff(raw);
  if (!s.ok()) return s;
  std::vector<TreeChange> out;
  for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
    TreeChange c;
    switch (d->status) {
      case GIT_DELTA_ADDED:
        c.kind = TreeChange::kAdded;
        break;
      case GIT_DELTA_DELETED:
        c.kind = TreeChange::kDeleted;
        break;
      default:
        c.kind = TreeChange::kModified;
        break;
    }
    c.path =
        d->status == GIT_DELTA_DELETED ? d->old_file.path : d->new_file.path;
    if (d->status != GIT_DELTA_DELETED) c.blob = OidHex(d->new_file.id);
    if (suffix.empty() || EndsWith(c.path, suffix)) out.push_back(c);
  }
  return out;
}

StatusOr<std::string> Repository::ReadFile(const std::string& tree,
                                           const std::string& path) const {
  auto t = impl_->Tree(tree);
  if (!t.ok()) return t.status();
  git_tree_entry* raw = nullptr;
  Status s = GitCheck(git_tree_entry_bypath(&raw, t->get(), path.c_str()),
                      "finding " + path);
  GitTreeEntryPtr entry(raw);
  if (!s.ok()) return s;
  git_blob* raw_blob = nullptr;
  s = GitCheck(git_blob_lookup(&raw_blob, impl_->repo.get(),
                               git_tree_entry_id(entry.get())),
               "reading " + path);
  GitBlobPtr blob(raw_blob);
  if (!s.ok()) return s;
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<size_t>(git_blob_rawsize(blob.get())));
}

namespace {
struct WalkState {
  git_repository* repo;
  const std::string* suffix;
  std::map<std::string, std::string>* out;
  Status status;
};

int CollectFile(const char* root, const git_tree_entry* entry, void* payload) {
  auto* st = static_cast<WalkState*>(payload);
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  std::string path = std::string(root) + git_tree_entry_name(entry);
  if (!st->suffix->empty() && !EndsWith(path, *st->suffix)) return 0;
  git_blob* raw = nullptr;
  st->status =
      GitCheck(git_blob_lookup(&raw, st->repo, git_tree_entry_id(entry)),
               "reading " + path);
  GitBlobPtr blob(raw);
  if (!st->status.ok()) return -1;
  (*st->out)[path] =
      std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                  static_cast<size_t>(git_blob_rawsize(blob.get())));
  return 0;
}
}  // namespace

StatusOr<std::map<std::string, std::string>> Repository::ReadFiles(
    const std::string& tree, const std::string& suffix) const {
  std::map<std::string, std::string> out;
  auto t = impl_->Tree(tree);
  if (!t.ok()) return t.status();
  WalkState st{impl_->repo.get(), &suffix, &out, Status::Ok()};
  int rc = git_tree_walk(t->get(), GIT_TREEWALK_PRE, CollectFile, &st);
  if (!st.status.ok()) return st.status;
  Status s = GitCheck(rc, "reading the tree");
  if (!s.ok()) return s;
  return out;
}

StatusOr<std::string> Repository::Resolve(const std::string& revision) const {
  git_object* raw = nullptr;
  Status s =
      GitCheck(git_revparse_single(&raw, impl_->repo.get(), revision.c_str()),
               "no publication \"" + revision + "\"");
  GitObjectPtr obj(raw);
  if (!s.ok()) return s;
  git_object* raw_commit = nullptr;
  s = GitCheck(git_object_peel(&raw_commit, obj.get(), GIT_OBJECT_COMMIT),
               "\"" + revision + "\" is not a publication");
  GitObjectPtr commit(raw_commit);
  if (!s.ok()) return s;
  return OidHex(*git_object_id(commit.get()));
}

}  // namespace disclose
