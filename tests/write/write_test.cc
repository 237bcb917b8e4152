#include "write/write.h"

#include <gtest/gtest.h>

#include <map>

#include "base/text.h"

namespace disclose {
namespace {

// A MemoryFileSystem that fails one chosen change (counting every call that
// changes something, from 0) and records what was created and removed.
// With `exchange` false it answers Exchange as a kernel without
// RENAME_EXCHANGE does.
class FaultyFileSystem : public MemoryFileSystem {
 public:
  explicit FaultyFileSystem(int fail_at = -1, bool exchange = true)
      : fail_at_(fail_at), exchange_(exchange) {}

  Status WriteFile(const std::string& path, const std::string& data,
                   bool sync) override {
    if (Fails()) return Status::Error("disk full: " + path);
    return MemoryFileSystem::WriteFile(path, data, sync);
  }
  Status MakeDirectories(const std::string& path) override {
    if (Fails()) return Status::Error("cannot create " + path);
    return MemoryFileSystem::MakeDirectories(path);
  }
  Status Rename(const std::string& from, const std::string& to) override {
    if (Fails()) return Status::Error("cannot move " + from);
    return MemoryFileSystem::Rename(from, to);
  }
  StatusOr<bool> Exchange(const std::string& a, const std::string& b) override {
    if (Fails()) return Status::Error("cannot swap " + a);
    if (!exchange_) return false;
    return MemoryFileSystem::Exchange(a, b);
  }
  StatusOr<std::string> MakeTempDirectory(const std::string& prefix) override {
    if (Fails()) return Status::Error("cannot create " + prefix);
    auto made = MemoryFileSystem::MakeTempDirectory(prefix);
    if (made.ok()) temps_.push_back(*made);
    return made;
  }
  Status RemoveAll(const std::string& path) override {
    if (Fails()) return Status::Error("cannot remove " + path);
    removed_.push_back(path);
    return MemoryFileSystem::RemoveAll(path);
  }

  int changes() const { return changes_; }
  const std::vector<std::string>& temps() const { return temps_; }
  const std::vector<std::string>& removed() const { return removed_; }

 private:
  bool Fails() { return changes_++ == fail_at_; }

  int fail_at_;
  bool exchange_;
  int changes_ = 0;
  std::vector<std::string> temps_;
  std::vector<std::string> removed_;
};

// Every file of fs (hidden ones included) whose path starts with `prefix`.
std::map<std::string, std::string> Under(const MemoryFileSystem& fs,
                                         const std::string& prefix) {
  std::map<std::string, std::string> out;
  for (const auto& [path, data] : fs.files()) {
    if (StartsWith(path, prefix)) out[path] = data;
  }
  return out;
}

TEST(WriteSiteTest, ReplacesTheOutputWithExactlyTheNewFiles) {
  FaultyFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("out/stale.html", "old", false).ok());
  ASSERT_TRUE(
      WriteSite(fs, "out", {{"index.html", "new"}, {"a/b.csv", "x"}}).ok());
  EXPECT_EQ(*fs.ListFiles("out"),
            (std::vector<std::string>{"a/b.csv", "index.html"}));
  ASSERT_EQ(fs.temps().size(), 1u);
  EXPECT_TRUE(StartsWith(fs.temps()[0], "out.disclose-new-"));
  EXPECT_FALSE(fs.Exists(fs.temps()[0]));
  EXPECT_EQ(*fs.ListDirectory("."), (std::vector<std::string>{"out"}));
}

TEST(WriteSiteTest, WritesTheBuildMarkerOnlyWhenAsked) {
  MemoryFileSystem fs;
  ASSERT_TRUE(WriteSite(fs, "out", {{"index.html", "x"}}).ok());
  EXPECT_FALSE(fs.Exists("out/.disclose-build"));
  WriteOptions opts;
  opts.marker = true;
  ASSERT_TRUE(WriteSite(fs, "out", {{"index.html", "x"}}, opts).ok());
  EXPECT_EQ(*fs.ReadFile("out/.disclose-build"),
            "This folder was written by disclose build.\n"
            "The next disclose build into it replaces everything in it.\n");
}

TEST(WriteSiteTest, AFailedWriteLeavesThePreviousOutputAsItWas) {
  FaultyFileSystem fs(4);  // temp, site/, the two files, then the third
  ASSERT_TRUE(fs.WriteFile("out/index.html", "previous", false).ok());
  Status s = WriteSite(fs, "out",
                       {{"index.html", "new"}, {"b.html", "new"}, {"c", "c"}});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "disk full: out.disclose-new-000001/site/b.html");
  EXPECT_EQ(*fs.ReadFile("out/index.html"), "previous");
  EXPECT_FALSE(fs.Exists("out.disclose-new-000001"));
}

TEST(WriteSiteTest, CreatesTheOutputWhenMissing) {
  MemoryFileSystem fs;
  ASSERT_TRUE(WriteSite(fs, "public/", {{"index.html", "x"}}).ok());
  EXPECT_EQ(*fs.ReadFile("public/index.html"), "x");
  EXPECT_EQ(*fs.ListDirectory("."), (std::vector<std::string>{"public"}));
}

TEST(WriteSiteTest, NeverTouchesFoldersNamedLikeItsOwn) {
  MemoryFileSystem fs;
  for (const char* mine : {"out.disclose-new/keep", "out.disclose-old/keep",
                           "out.disclose-new-000001/keep"}) {
    ASSERT_TRUE(fs.WriteFile(mine, "the user's", false).ok());
  }
  const auto before = Under(fs, "out.");
  ASSERT_TRUE(fs.WriteFile("out/index.html", "old", false).ok());
  ASSERT_TRUE(WriteSite(fs, "out", {{"index.html", "new"}}).ok());
  EXPECT_EQ(Under(fs, "out."), before);
  EXPECT_EQ(*fs.ReadFile("out/index.html"), "new");
}

// The previous output, beside folders of the user's whose names look like
// the writer's own.
void MakePreviousOutput(MemoryFileSystem& fs) {
  ASSERT_TRUE(fs.WriteFile("out/index.html", "previous", false).ok());
  ASSERT_TRUE(fs.WriteFile("out/a/b.csv", "previous", false).ok());
  ASSERT_TRUE(fs.WriteFile("out.disclose-new/mine", "user", false).ok());
  ASSERT_TRUE(fs.WriteFile("out.disclose-old/mine", "user", false).ok());
  ASSERT_TRUE(fs.MakeDirectories("out/empty").ok());
}

const std::vector<OutputFile> kNewFiles = {
    {"index.html", "new"}, {"a/b.csv", "new"}, {"c/d/e.html", "new"}};

// Fails each change WriteSite makes in turn, with and without an atomic
// exchange: every failure before the swap leaves the previous output exactly
// as it was; a failure after it (removing the previous tree) leaves the new
// one; either way nothing is removed that this run did not create.
void FailEveryStep(bool exchange) {
  WriteOptions opts;
  opts.marker = true;
  FaultyFileSystem clean(-1, exchange);
  MakePreviousOutput(clean);
  const int before_run = clean.changes();
  const auto previous = clean.files();
  ASSERT_TRUE(WriteSite(clean, "out", kNewFiles, opts).ok());
  const auto written = clean.files();
  const int steps = clean.changes() - before_run;
  ASSERT_GT(steps, 8);
  for (int k = 0; k < steps; ++k) {
    SCOPED_TRACE("failing change " + std::to_string(k));
    FaultyFileSystem fs(before_run + k, exchange);
    MakePreviousOutput(fs);
    Status s = WriteSite(fs, "out", kNewFiles, opts);
    EXPECT_FALSE(s.ok());
    const bool last = k == steps - 1;  // removing the previous tree
    std::map<std::string, std::string> now = fs.files();
    // What this run's temporary directory still holds does not count.
    for (const auto& temp : fs.temps()) {
      for (const auto& [path, data] : Under(fs, temp + "/")) now.erase(path);
    }
    EXPECT_EQ(now, last ? written : previous);
    EXPECT_EQ(fs.IsDirectory("out/empty"), !last);
    for (const auto& gone : fs.removed()) {
      EXPECT_EQ(fs.temps(), std::vector<std::string>{gone});
    }
    if (!last) {
      for (const auto& temp : fs.temps()) EXPECT_FALSE(fs.Exists(temp));
    }
  }
}

TEST(WriteSiteTest, AFailureAtAnyStepLeavesThePreviousOutput) {
  FailEveryStep(true);
}

TEST(WriteSiteTest, AFailureAtAnyStepWithoutAtomicExchangeToo) {
  FailEveryStep(false);
}

// Fails the rename that puts the new tree in place, and the one that would
// put the previous tree back.
class DoubleFaultFileSystem : public FaultyFileSystem {
 public:
  DoubleFaultFileSystem() : FaultyFileSystem(-1, false) {}
  Status Rename(const std::string& from, const std::string& to) override {
    if (to == "out") return Status::Error("cannot move " + from);
    return FaultyFileSystem::Rename(from, to);
  }
};

TEST(WriteSiteTest, WhatCannotBePutBackIsKeptAndSaidWhere) {
  DoubleFaultFileSystem fs;
  MakePreviousOutput(fs);
  Status s = WriteSite(fs, "out", kNewFiles);
  EXPECT_EQ(s.message(),
            "cannot move out.disclose-new-000001/site; the previous output is "
            "now at out.disclose-new-000001/previous");
  EXPECT_TRUE(fs.removed().empty());
  EXPECT_EQ(*fs.ReadFile("out.disclose-new-000001/previous/index.html"),
            "previous");
}

}  // namespace
}  // namespace disclose
