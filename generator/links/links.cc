#include "links/links.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/parallel.h"
#include "base/text.h"
#include "links/address.h"
#include "links/broken.h"
#include "links/page_links.h"
#include "site/layout.h"

namespace disclose {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// An HTML page of the site, read once.
struct SitePage {
  size_t file = 0;  // its index in the files
  PageLinks links;
  std::unordered_set<std::string> anchors;
  const LinkedDocument* document = nullptr;  // whose folder it is in
  int version = 0;               // n when it is <folder>v/<n>/index.html
  bool earlier_version = false;  // n is below the document's latest
  // The document's own page (<folder>index.html), for the copy of its
  // latest version; kNone otherwise.
  size_t current_of_copy = kNone;
};

// 1-based line and column (in characters) of offsets asked for in
// increasing order, in time proportional to the text.
class Locator {
 public:
  explicit Locator(std::string_view text) : text_(text) {}
  LineColumn At(size_t offset) {
    for (; at_ < offset && at_ < text_.size(); ++at_) {
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '\n') {
        ++where_.line;
        where_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++where_.column;
      }
    }
    return where_;
  }

 private:
  std::string_view text_;
  size_t at_ = 0;
  LineColumn where_;
};

// The files of the site by path, as a static web server finds them.
class SiteFiles {
 public:
  explicit SiteFiles(const std::vector<OutputFile>& files) : files_(files) {
    by_path_.reserve(files.size());
    for (size_t i = 0; i < files.size(); ++i) by_path_[files[i].path] = i;
  }

  // The file a path asks for: a folder's ("a/", "") is its index.html, the
  // not-found page's ("404/") is 404.html, as the site writes them.
  static std::string FileFor(const std::string& path) {
    if (path.empty() || path.back() == '/') return PagePath("/" + path);
    return path;
  }

  // The index of the file the path is served from, or kNone. A folder's
  // path without its '/' ("notices/2005/x") is served too: static servers
  // redirect it to the folder.
  size_t Find(const std::string& path) const {
    if (auto it = by_path_.find(FileFor(path)); it != by_path_.end()) {
      return it->second;
    }
    if (path.empty() || path.back() == '/') return kNone;
    auto it = by_path_.find(PagePath("/" + path + "/"));
    return it == by_path_.end() ? kNone : it->second;
  }

  // A path of the site near a missing one: a name of the same folder at a
  // small edit distance (a typo in a slug), or "" (see Nearest for
  // budget). Not thread-safe: the folders are listed the first time it is
  // asked.
  std::string Suggest(const std::string& path, size_t* budget);

 private:
  const std::vector<OutputFile>& files_;
  std::unordered_map<std::string_view, size_t> by_path_;
  // Folder ("", "notices/2005/") -> its names ("x/", "index.html"),
  // sorted.
  std::unordered_map<std::string, std::vector<std::string>> names_;
};

// The nearest of `names` to `name` within max(1, min(3, |name|/4)) edits,
// the first in order on a tie; "" when none is that near. Each comparison
// spends one of *budget, and none is made once it is spent or for a name
// over 100 bytes: a page of ten thousand broken links gets its suggestions
// in bounded time, the first ones in page order.
template <typename Names>
std::string Nearest(const std::string& name, const Names& names,
                    size_t* budget) {
  if (name.size() > 100 || *budget == 0) return "";
  const size_t limit =
      std::max<size_t>(1, std::min<size_t>(3, name.size() / 4));
  std::string best;
  size_t best_distance = limit + 1;
  for (std::string_view candidate : names) {
    const size_t longer = std::max(candidate.size(), name.size());
    const size_t shorter = std::min(candidate.size(), name.size());
    if (longer - shorter > limit) continue;
    if (*budget == 0) break;
    --*budget;
    const auto distance = static_cast<size_t>(EditDistance(name, candidate));
    if (distance > 0 && distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string SiteFiles::Suggest(const std::string& path, size_t* budget) {
  if (*budget == 0) return "";
  if (names_.empty()) {
    std::unordered_map<std::string, std::set<std::string>> names;
    for (const OutputFile& f : files_) {
      for (size_t slash = f.path.find('/'), from = 0;;
           from = slash + 1, slash = f.path.find('/', from)) {
        const std::string folder = f.path.substr(0, from);
        if (slash == std::string::npos) {
          names[folder].insert(f.path.substr(from));
          break;
        }
        names[folder].insert(f.path.substr(from, slash + 1 - from));
      }
    }
    for (auto& [folder, set] : names) {
      names_[folder].assign(set.begin(), set.end());
    }
  }
  std::string name = path;
  const bool folder = !name.empty() && name.back() == '/';
  if (folder) name.pop_back();
  const size_t slash = name.rfind('/');
  const std::string parent =
      slash == std::string::npos ? "" : name.substr(0, slash + 1);
  name = name.substr(parent.size()) + (folder ? "/" : "");
  auto it = names_.find(parent);
  if (it == names_.end()) return "";
  const std::string near = Nearest(name, it->second, budget);
  return near.empty() ? "" : parent + near;
}

// Which document's folder each page is in, and which pages are frozen
// copies of an earlier version.
void AssignDocuments(const std::vector<OutputFile>& files,
                     const std::vector<LinkedDocument>& documents,
                     std::vector<SitePage>& pages) {
  std::unordered_map<std::string_view, const LinkedDocument*> by_folder;
  for (const LinkedDocument& d : documents) by_folder[d.folder] = &d;
  std::unordered_map<const LinkedDocument*, int> latest;
  for (SitePage& page : pages) {
    const std::string& path = files[page.file].path;
    for (size_t slash = path.rfind('/'); slash != std::string::npos;
         slash = slash == 0 ? std::string::npos : path.rfind('/', slash - 1)) {
      auto it = by_folder.find(std::string_view(path).substr(0, slash + 1));
      if (it == by_folder.end()) continue;
      page.document = it->second;
      break;
    }
    if (page.document == nullptr) continue;
    // <folder>v/<n>/index.html
    const std::string rest = path.substr(page.document->folder.size());
    if (rest.size() > 13 && StartsWith(rest, "v/") &&
        EndsWith(rest, "/index.html")) {
      const std::string n = rest.substr(2, rest.size() - 13);
      if (!n.empty() && n.size() < 9 &&
          std::all_of(n.begin(), n.end(),
                      [](char c) { return c >= '0' && c <= '9'; })) {
        page.version = std::stoi(n);
        latest[page.document] = std::max(latest[page.document], page.version);
      }
    }
  }
  std::unordered_map<const LinkedDocument*, size_t> own_page;
  for (size_t i = 0; i < pages.size(); ++i) {
    const SitePage& page = pages[i];
    if (page.document != nullptr &&
        files[page.file].path == page.document->folder + "index.html") {
      own_page[page.document] = i;
    }
  }
  for (SitePage& page : pages) {
    if (page.version == 0) continue;
    page.earlier_version = page.version < latest[page.document];
    auto own = own_page.find(page.document);
    if (!page.earlier_version && own != own_page.end()) {
      page.current_of_copy = own->second;
    }
  }
}

// The copy of a document's latest version (v/<n>/) shows the text its own
// page shows: what is broken on both is reported once, on its own page, and
// only what breaks on the copy alone (a relative address) stays.
void DropRepeatedOnCopies(const std::vector<SitePage>& pages,
                          std::vector<std::vector<BrokenReference>>& broken) {
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].current_of_copy == kNone) continue;
    // Targets broken on the own page: [0] no file, [1] no anchor.
    std::unordered_set<std::string_view> own[2];
    for (const BrokenReference& o : broken[pages[i].current_of_copy]) {
      own[o.anchor ? 1 : 0].insert(o.target);
    }
    auto repeated = [&own](const BrokenReference& b) {
      return own[b.anchor ? 1 : 0].count(b.target) > 0;
    };
    auto& mine = broken[i];
    mine.erase(std::remove_if(mine.begin(), mine.end(), repeated), mine.end());
  }
}

// Every HTML page, read on every core.
std::vector<SitePage> ReadPages(const std::vector<OutputFile>& files,
                                const std::vector<LinkedDocument>& documents) {
  std::vector<SitePage> pages;
  for (size_t i = 0; i < files.size(); ++i) {
    if (EndsWith(files[i].path, ".html")) pages.push_back(SitePage{i});
  }
  ParallelFor(pages.size(), [&](size_t i) {
    SitePage& page = pages[i];
    page.links = ReadPageLinks(files[page.file].data);
    page.anchors.reserve(page.links.anchors.size());
    for (std::string& a : page.links.anchors) page.anchors.insert(std::move(a));
    page.links.anchors.clear();
  });
  AssignDocuments(files, documents, pages);
  return pages;
}

bool IsTop(const std::string& fragment) {
  return fragment.empty() ||
         (fragment.size() == 3 && (fragment[0] | 0x20) == 't' &&
          (fragment[1] | 0x20) == 'o' && (fragment[2] | 0x20) == 'p');
}

// What a reference that reads the same from every page came to (one that
// starts with '/' or http(s):), remembered by each worker: the site's
// navigation is on every page.
enum class Outcome { kElsewhere, kFine, kBroken };
using OutcomeCache = std::unordered_map<std::string, Outcome>;

bool ReadsTheSameEverywhere(const std::string& target) {
  return StartsWith(target, "/") || StartsWith(target, "https:") ||
         StartsWith(target, "http:");
}

// What follows every reference of one page.
struct Follower {
  const std::vector<OutputFile>& files;
  const std::vector<SitePage>& pages;
  const std::vector<size_t>& page_of_file;  // kNone for what is no page
  const SiteFiles& site;
  const SiteAddress& address;

  // The broken references of page, each (page, target) once; *followed
  // counts the references to the site.
  std::vector<BrokenReference> Follow(const SitePage& page, size_t* followed,
                                      OutcomeCache& cache) const;
  // Whether d, which leads to the site, is broken: fills b.
  bool IsBroken(const Destination& d, BrokenReference& b) const;
};

bool Follower::IsBroken(const Destination& d, BrokenReference& b) const {
  if (d.kind == Destination::Kind::kOutsideSite) return true;
  const size_t target = site.Find(d.path);
  if (target == kNone) {
    b.missing = SiteFiles::FileFor(d.path);
    return true;
  }
  if (!d.has_fragment || IsTop(d.fragment)) return false;
  if (page_of_file[target] == kNone) return false;  // a CSV, a feed ...
  const SitePage& to = pages[page_of_file[target]];
  if (to.anchors.count(d.fragment) > 0 ||
      to.anchors.count(PercentDecode(d.fragment)) > 0) {
    return false;
  }
  b.anchor = true;
  b.missing = files[target].path;
  return true;
}

std::vector<BrokenReference> Follower::Follow(const SitePage& page,
                                              size_t* followed,
                                              OutcomeCache& cache) const {
  const OutputFile& file = files[page.file];
  std::vector<BrokenReference> broken;
  std::unordered_set<std::string_view> reported;
  Locator locator(file.data);
  for (const PageReference& ref : page.links.references) {
    Outcome* known = nullptr;
    if (ReadsTheSameEverywhere(ref.target)) {
      auto [it, added] = cache.try_emplace(ref.target, Outcome::kFine);
      if (!added && it->second == Outcome::kElsewhere) continue;
      if (!added && it->second == Outcome::kFine) {
        ++*followed;
        continue;
      }
      known = &it->second;
    }
    Destination d = address.Resolve(file.path, ref.target);
    if (d.kind == Destination::Kind::kElsewhere) {
      if (known != nullptr) *known = Outcome::kElsewhere;
      continue;
    }
    ++*followed;
    BrokenReference b;
    const bool is_broken = IsBroken(d, b);
    if (known != nullptr)
      *known = is_broken ? Outcome::kBroken : Outcome::kFine;
    if (!is_broken || !reported.insert(ref.target).second) continue;
    b.kind = ref.kind;
    b.target = ref.target;
    b.destination = std::move(d);
    b.page = file.path;
    const LineColumn where = locator.At(ref.offset);
    b.page_line = where.line;
    b.page_column = where.column;
    if (page.earlier_version) b.frozen_version = page.version;
    broken.push_back(std::move(b));
  }
  return broken;
}

// A near anchor of the page b.missing for a broken "#fragment", or "".
std::string NearAnchor(const BrokenReference& b, const SitePage& to,
                       size_t* budget) {
  std::vector<std::string_view> anchors(to.anchors.begin(), to.anchors.end());
  std::sort(anchors.begin(), anchors.end());
  return Nearest(PercentDecode(b.destination.fragment), anchors, budget);
}

// The words for every broken reference, in page order: a suggestion where
// one is near, and the line of the document's file that writes it.
Diagnostics Describe(const std::vector<SitePage>& pages,
                     const std::vector<size_t>& page_of_file, SiteFiles& site,
                     const SiteAddress& address,
                     std::vector<std::vector<BrokenReference>>& broken) {
  // Bounds on the work for a site with very many broken references: the
  // comparisons made for suggestions, and the references of one file that
  // are looked for in it (each search reads the file).
  size_t budget = 500'000;
  constexpr int kLocatedPerFile = 100;
  std::unordered_map<const SourceFile*, int> located;
  std::map<std::string, std::string> near_paths;  // once per missing path
  Diagnostics out;
  for (size_t i = 0; i < pages.size(); ++i) {
    const SourceFile* source =
        pages[i].document ? pages[i].document->source : nullptr;
    for (BrokenReference& b : broken[i]) {
      if (b.anchor) {
        const size_t to = page_of_file[site.Find(b.destination.path)];
        b.suggestion = NearAnchor(b, pages[to], &budget);
      } else if (b.destination.kind == Destination::Kind::kSite) {
        auto [it, added] = near_paths.try_emplace(b.destination.path);
        if (added) it->second = site.Suggest(b.destination.path, &budget);
        b.suggestion = it->second;
      } else {
        // "/notices/…" on a site at /gov/: the same path under the site's.
        const std::string under =
            PercentDecode(b.destination.url_path.substr(1));
        if (site.Find(under) != kNone) b.suggestion = under;
      }
      const bool locate =
          source != nullptr && ++located[source] <= kLocatedPerFile;
      out.Add(DescribeBroken(b, source, locate, address.base_path()));
    }
  }
  return out;
}

}  // namespace

Diagnostics CheckLinks(const std::vector<OutputFile>& files,
                       const LinkOptions& opts, LinkStats* stats) {
  const SiteAddress address(opts.base_url);
  SiteFiles site(files);
  const std::vector<SitePage> pages = ReadPages(files, opts.documents);
  std::vector<size_t> page_of_file(files.size(), kNone);
  for (size_t i = 0; i < pages.size(); ++i) page_of_file[pages[i].file] = i;

  const Follower follower{files, pages, page_of_file, site, address};
  std::vector<std::vector<BrokenReference>> broken(pages.size());
  std::vector<size_t> followed(pages.size(), 0);
  std::vector<OutcomeCache> caches(WorkerCount(pages.size()));
  ParallelForWorkers(pages.size(), [&](size_t i, unsigned worker) {
    broken[i] = follower.Follow(pages[i], &followed[i], caches[worker]);
  });
  DropRepeatedOnCopies(pages, broken);
  Diagnostics out = Describe(pages, page_of_file, site, address, broken);
  out.Sort();
  if (stats != nullptr) {
    stats->pages = pages.size();
    stats->references = 0;
    for (size_t n : followed) stats->references += n;
  }
  return out;
}

}  // namespace disclose
