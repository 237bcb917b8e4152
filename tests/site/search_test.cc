// The search index of a whole site (site/search.h): what the files say, and
// that every document is found by what its title says. search.js, which
// reads the same files in a browser, is tested in tests/browser.
#include "site/search.h"

#include <gtest/gtest.h>

#include <set>

#include "base/unicode.h"
#include "history/json.h"
#include "search/index.h"
#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

using Shard =
    std::map<std::pair<char32_t, char32_t>, std::vector<SearchPosting>>;

class SiteSearchTest : public ::testing::Test {
 protected:
  void Build() {
    CheckedSite site;
    ASSERT_NO_FATAL_FAILURE(testing::BuildWithoutErrors(fs_, &site));
    out_ = testing::OutputFiles(fs_);
    auto manifest = ParseJson(out_.at("search/meta.json"));
    ASSERT_TRUE(manifest.ok()) << manifest.status().message();
    manifest_ = *manifest;
    shards_.clear();
    for (long long s = 0; s < manifest_.Find("shards")->as_number(); ++s) {
      shards_.push_back(ReadSearchShard(
          out_.at("search/shards/" + std::to_string(s) + ".bin")));
    }
  }

  size_t Documents() const {
    return static_cast<size_t>(manifest_.Find("documents")->as_number());
  }

  Value DocumentFile(size_t id) const {
    auto doc =
        ParseJson(out_.at("search/docs/" + std::to_string(id) + ".json"));
    EXPECT_TRUE(doc.ok());
    return doc.ok() ? *doc : Value::Map();
  }

  // The documents whose `field` holds term, as search.js finds them: every
  // bigram at consecutive positions.
  std::set<uint32_t> Find(const std::u32string& term, SearchField field) {
    std::set<uint32_t> found;
    std::vector<const std::vector<SearchPosting>*> lists;
    for (size_t i = 0; i + 1 < term.size(); ++i) {
      const Shard& shard =
          shards_[SearchShardOf(term[i], term[i + 1], shards_.size())];
      auto it = shard.find({term[i], term[i + 1]});
      if (it == shard.end()) return found;
      lists.push_back(&it->second);
    }
    for (const SearchPosting& first : *lists[0]) {
      auto starts = first.positions.find(field);
      if (starts == first.positions.end()) continue;
      for (uint32_t p : starts->second) {
        bool all = true;
        for (size_t k = 1; k < lists.size() && all; ++k) {
          all = false;
          for (const SearchPosting& other : *lists[k]) {
            if (other.doc != first.doc) continue;
            auto at = other.positions.find(field);
            all = at != other.positions.end() &&
                  std::count(at->second.begin(), at->second.end(), p + k) > 0;
          }
        }
        if (all) {
          found.insert(first.doc);
          break;
        }
      }
    }
    return found;
  }

  MemoryFileSystem fs_;
  std::map<std::string, std::string> out_;
  Value manifest_;
  std::vector<Shard> shards_;
};

TEST_F(SiteSearchTest, EveryListedDocumentHasItsFileNewestFirst) {
  testing::LoadSampleSite(fs_);
  ASSERT_NO_FATAL_FAILURE(Build());
  size_t pages = 0;
  for (const auto& [path, data] : out_) {
    if (path.find("/v/") != std::string::npos) continue;
    if (path.rfind("index.json") == path.size() - 10 &&
        path.find("/20") != std::string::npos &&
        path.rfind("search/", 0) != 0) {
      ++pages;  // a document's own record
    }
  }
  ASSERT_GT(Documents(), 20U);
  EXPECT_EQ(Documents(), pages);
  std::string newer = "9999-12-31";
  for (size_t id = 0; id < Documents(); ++id) {
    const Value doc = DocumentFile(id);
    const std::string published = doc.Find("published")->as_string();
    EXPECT_LE(published, newer) << id;
    newer = published;
    EXPECT_EQ(out_.count(doc.Find("url")->as_string().substr(1) + "index.html"),
              1U)
        << id;
  }
  EXPECT_EQ(out_.count("search/docs/" + std::to_string(Documents()) + ".json"),
            0U);
  // The page itself: a form that works on the built files.
  const std::string& page = out_.at("search/index.html");
  EXPECT_NE(page.find("<input id=\"search-q\" name=\"q\" type=\"search\""),
            std::string::npos);
  EXPECT_NE(page.find("assets/search.js"), std::string::npos);
  EXPECT_NE(page.find("href=\"/catalogue/\""), std::string::npos);
}

TEST_F(SiteSearchTest, EveryPieceOfEveryTitleFindsItsDocument) {
  testing::LoadSampleSite(fs_);
  ASSERT_NO_FATAL_FAILURE(Build());
  for (size_t id = 0; id < Documents(); ++id) {
    const std::u32string title =
        FoldForSearch(DocumentFile(id).Find("title")->as_string());
    for (size_t length = 2; length <= 4; ++length) {
      for (size_t at = 0; at + length <= title.size(); ++at) {
        const auto found = Find(title.substr(at, length), SearchField::kTitle);
        EXPECT_EQ(found.count(static_cast<uint32_t>(id)), 1U)
            << "document " << id << " at " << at << " length " << length;
      }
    }
    // The whole title is the title of no other document, or of all that
    // are found by it (the exact title match ranks them first).
    EXPECT_EQ(Find(title, SearchField::kTitle).count(static_cast<uint32_t>(id)),
              1U);
  }
}

TEST_F(SiteSearchTest, AWithdrawnDocumentIsNotIndexed) {
  testing::LoadSampleSite(fs_);
  const std::string path =
      "site/content/news/2005/coordination-group-meeting.md";
  auto text = fs_.ReadFile(path);
  ASSERT_TRUE(text.ok()) << path;
  std::string withdrawn = *text;
  withdrawn.insert(4, "withdrawn: {date: 2005-06-01, reason: 内容有误}\n");
  ASSERT_TRUE(fs_.WriteFile(path, withdrawn, false).ok());
  ASSERT_NO_FATAL_FAILURE(Build());
  for (size_t id = 0; id < Documents(); ++id) {
    EXPECT_EQ(DocumentFile(id).Find("url")->as_string().find(
                  "coordination-group-meeting"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace disclose
