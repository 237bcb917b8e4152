#include "history/cache.h"

#include "base/file_system.h"
#include "history/json.h"

namespace disclose {

namespace {
constexpr long long kCacheFormat = 2;
}  // namespace

HistoryCache CacheOf(const History& history) {
  HistoryCache cache;
  for (const auto& [path, versions] : history.versions) {
    for (const auto& v : versions) {
      cache.records[CacheKey(v.commit, path)] = {v.blob, v.record};
    }
  }
  return cache;
}

std::string CacheToJson(const HistoryCache& cache) {
  Value root = Value::Map();
  root.Set("format", Value::Number(kCacheFormat));
  Value records = Value::List();
  for (const auto& [key, entry] : cache.records) {
    Value item = Value::Map();
    item.Set("key", key);
    item.Set("blob", entry.blob);
    item.Set("record", entry.record);
    records.Push(std::move(item));
  }
  root.Set("records", std::move(records));
  return root.ToJson();
}

StatusOr<HistoryCache> ParseCache(const std::string& text) {
  auto root = ParseJson(text);
  if (!root.ok()) return root.status();
  const Value* format = root->Find("format");
  const Value* records = root->Find("records");
  if (format == nullptr || format->kind() != Value::Kind::kNumber ||
      format->as_number() != kCacheFormat || records == nullptr ||
      records->kind() != Value::Kind::kList) {
    return Status::Error("not a history cache of this version");
  }
  HistoryCache cache;
  for (const auto& item : records->list()) {
    const Value* key = item.Find("key");
    const Value* blob = item.Find("blob");
    const Value* record = item.Find("record");
    if (key == nullptr || blob == nullptr || record == nullptr) {
      return Status::Error("a history cache entry is incomplete");
    }
    cache.records[key->as_string()] = {blob->as_string(), *record};
  }
  return cache;
}

StatusOr<std::optional<History>> ReadPublishedHistory(
    const PublishedStore& store, CacheUse* use) {
  auto repo = OpenPublished(store);
  if (!repo.ok()) return repo.status();
  if (*repo == nullptr) return std::optional<History>();
  RealFileSystem disk;
  std::optional<HistoryCache> cache;
  if (disk.IsFile(store.history_cache())) {
    auto text = disk.ReadFile(store.history_cache());
    auto parsed =
        text.ok() ? ParseCache(*text) : StatusOr<HistoryCache>(text.status());
    if (parsed.ok()) {
      cache = std::move(*parsed);
    } else if (use != nullptr) {
      use->rejected.push_back("*");
    }
  }
  auto history = ReadHistory(**repo, cache ? &*cache : nullptr, use);
  if (!history.ok()) return history.status();
  return std::optional<History>(std::move(*history));
}

Status WriteHistoryCache(const PublishedStore& store, const History& history) {
  RealFileSystem disk;
  const std::string fresh = store.history_cache() + ".new";
  Status s = disk.WriteFile(fresh, CacheToJson(CacheOf(history)), true);
  if (!s.ok()) return s;
  return disk.Rename(fresh, store.history_cache());
}

}  // namespace disclose
