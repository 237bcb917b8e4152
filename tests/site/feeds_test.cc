// The Atom writer and the site's feed (site/feeds.h), and the updates feed
// built from publications (site/updates.h).
#include "site/feeds.h"

#include <gtest/gtest.h>

#include "site/updates.h"

namespace disclose {
namespace {

TEST(FeedsTest, WritesAtomWithEveryDateInTheFeedsTimeZone) {
  AtomFeed feed;
  feed.language = "zh-CN";
  feed.title = "市政务公开网";
  feed.id = "https://x.example/";
  feed.link = "https://x.example/";
  feed.self = "https://x.example/feed.xml";
  feed.updated = "2005-03-20";
  feed.author = "市政务服务中心";
  feed.entries.push_back({"收费公示", "https://x.example/fees/a/",
                          "https://x.example/fees/a/", "2005-03-20", "概述",
                          "市物价局"});
  feed.entries.push_back({"通知", "https://x.example/n/#2005-03-19-x",
                          "https://x.example/n/", "2005-03-19", "", ""});
  EXPECT_EQ(WriteAtom(feed),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
            "  <title>市政务公开网</title>\n"
            "  <id>https://x.example/</id>\n"
            "  <link href=\"https://x.example/\"/>\n"
            "  <link rel=\"self\" href=\"https://x.example/feed.xml\"/>\n"
            "  <updated>2005-03-20T00:00:00+08:00</updated>\n"
            "  <author><name>市政务服务中心</name></author>\n"
            "  <entry>\n"
            "    <title>收费公示</title>\n"
            "    <id>https://x.example/fees/a/</id>\n"
            "    <link href=\"https://x.example/fees/a/\"/>\n"
            "    <updated>2005-03-20T00:00:00+08:00</updated>\n"
            "    <summary>概述</summary>\n"
            "    <author><name>市物价局</name></author>\n"
            "  </entry>\n"
            "  <entry>\n"
            "    <title>通知</title>\n"
            "    <id>https://x.example/n/#2005-03-19-x</id>\n"
            "    <link href=\"https://x.example/n/\"/>\n"
            "    <updated>2005-03-19T00:00:00+08:00</updated>\n"
            "  </entry>\n"
            "</feed>\n");
}

TEST(FeedsTest, EscapesWhatAuthorsWrite) {
  AtomFeed feed;
  feed.title = "A & B <script>";
  feed.updated = kEmptyFeedDate;
  feed.entries.push_back({"\"关于\" <b>", "https://x/?a=1&b=2", "https://x/",
                          "2005-01-01", "", ""});
  const std::string xml = WriteAtom(feed);
  EXPECT_NE(xml.find("<title>A &amp; B &lt;script&gt;</title>"),
            std::string::npos);
  EXPECT_NE(xml.find("<title>&quot;关于&quot; &lt;b&gt;</title>"),
            std::string::npos);
  EXPECT_NE(xml.find("<id>https://x/?a=1&amp;b=2</id>"), std::string::npos);
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
}

class SiteFeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_.site.title = "市政务公开网";
    config_.site.base_url = "https://x.example/zw/";
    config_.site.base_path = "/zw/";
    config_.site.language = "zh-CN";
    config_.site.publisher_name = "市政务服务中心";
    config_.departments.push_back(
        Department{"wujia", "市物价局", "", "", "", "", 0});
    strings_.Set("update_added", "新增");
    strings_.Set("update_withdrawn", "撤回");
    strings_.Set("update_entry_title", "{kind}：{title}");
    strings_.Set("updates_feed_title", "{site} 更新记录");
  }

  Document Doc(int day) {
    Document d;
    d.title = "文件" + std::to_string(day);
    d.index_no = "i-" + std::to_string(day);
    d.url = "/news/2005/d" + std::to_string(day) + "/";
    d.department = "wujia";
    d.published = Date{2005, 1, day};
    return d;
  }

  Config config_;
  Value strings_ = Value::Map();
};

TEST_F(SiteFeedTest, HoldsTheNewestDocumentsOnly) {
  std::vector<Document> docs;
  for (int day = 1; day <= 28; ++day) docs.push_back(Doc(day));
  for (int day = 1; day <= 28; ++day) {
    Document d = Doc(day);
    d.index_no += "b";
    d.url = "/news/2005/e" + std::to_string(day) + "/";
    docs.push_back(d);
  }
  const SiteContext ctx = MakeSiteContext(config_, docs, strings_, nullptr);
  const AtomFeed feed = SiteFeed(ctx);
  ASSERT_EQ(feed.entries.size(), kSiteFeedEntries);
  EXPECT_EQ(feed.updated, "2005-01-28");
  EXPECT_EQ(feed.entries[0].updated, "2005-01-28");
  EXPECT_EQ(feed.entries[0].link, "https://x.example/zw/news/2005/e28/");
  EXPECT_EQ(feed.entries[0].author, "市物价局");
  EXPECT_EQ(feed.self, "https://x.example/zw/feed.xml");
}

TEST_F(SiteFeedTest, AnEmptySiteHasAFeedAllTheSame) {
  const SiteContext ctx = MakeSiteContext(config_, {}, strings_, nullptr);
  const std::string xml = WriteAtom(SiteFeed(ctx));
  EXPECT_NE(xml.find(std::string("<updated>") + kEmptyFeedDate + "T00:00:00" +
                     kFeedTimeZone + "</updated>"),
            std::string::npos);
  EXPECT_EQ(xml.find("<entry>"), std::string::npos);
}

TEST_F(SiteFeedTest, UpdatesFeedHasAnEntryPerChangeNewestFirst) {
  std::vector<Document> docs = {Doc(1), Doc(2)};
  SiteHistory history;
  history.publications.push_back(
      {"2005-01-01", "a", "c1", {"i-1"}, {}, {}, {}});
  // Only the presentation changed: no update.
  history.publications.push_back({"2005-01-02", "b", "c2", {}, {}, {}, {}});
  history.publications.push_back(
      {"2005-01-03", "c", "c3", {"i-2"}, {}, {}, {"i-1"}});
  const SiteContext ctx = MakeSiteContext(config_, docs, strings_, &history);
  const std::vector<PublishedUpdates> pubs = CollectPublications(ctx);
  ASSERT_EQ(pubs.size(), 2u);
  const AtomFeed feed = UpdatesFeed(ctx, pubs);
  EXPECT_EQ(feed.title, "市政务公开网 更新记录");
  EXPECT_EQ(feed.updated, "2005-01-03");
  ASSERT_EQ(feed.entries.size(), 3u);
  EXPECT_EQ(feed.entries[0].title, "新增：文件2");
  EXPECT_EQ(feed.entries[1].title, "撤回：文件1");
  EXPECT_EQ(feed.entries[1].id,
            "https://x.example/zw/news/2005/d1/#2005-01-03-update_withdrawn");
  EXPECT_EQ(feed.entries[2].updated, "2005-01-01");
}

}  // namespace
}  // namespace disclose
