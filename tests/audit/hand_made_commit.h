// A commit to the published repository made by hand with git, as a person
// (or an older version of disclose) could make it: the last publication
// with one record's lines that contain `drop` removed.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/sample_copy.h"

namespace disclose::testing {

inline void CommitRecordWithout(const std::filesystem::path& site,
                                const std::string& record_path,
                                const std::string& drop) {
  const std::filesystem::path repo = site / ".public.disclose/repo";
  const std::string script =
      "export GIT_DIR='" + repo.string() + "' GIT_INDEX_FILE='" +
      (site / "hand-made-index").string() +
      "' GIT_AUTHOR_NAME=hand GIT_AUTHOR_EMAIL=hand@example.org "
      "GIT_COMMITTER_NAME=hand GIT_COMMITTER_EMAIL=hand@example.org && "
      "git read-tree HEAD && "
      "blob=$(git show 'HEAD:" +
      record_path + "' | grep -v -F '" + drop +
      "' | git hash-object -w --stdin) && "
      "git update-index --cacheinfo \"100644,$blob," +
      record_path +
      "\" && tree=$(git write-tree) && "
      "commit=$(echo 'by hand' | git commit-tree \"$tree\" -p HEAD) && "
      "git update-ref HEAD \"$commit\"";
  CommandResult r =
      RunCommand("(" + script + ")", site / "hand-made-stderr.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace disclose::testing
