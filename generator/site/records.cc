#include "site/records.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>

#include "site/context.h"
#include "site/meanings.h"

namespace disclose {

namespace {

// The ratings, best first: the order of the chart's rows from the top. Each
// has a shape (in the chart and as a symbol in tables) as well as a colour,
// so that no reader depends on colour alone.
struct Rating {
  const char* id;         // CSS class suffix and chart level
  const char* key;        // the assessment's list field, or "" (not named)
  const char* label_key;  // interface string
  const char* symbol;     // the chart's shape as a character
};
constexpr Rating kRatings[] = {
    {"red-flag", "red_flag", "rating_red_flag", "▲"},
    {"advanced", "advanced", "rating_advanced", "●"},
    {"none", "", "rating_none", "○"},
    {"bottom", "bottom", "rating_bottom", "▼"},
};
constexpr size_t kRedFlag = 0, kAdvanced = 1, kNotNamed = 2, kBottom = 3;

// Where one department stands in one period.
struct Standing {
  size_t rating = kNotNamed;
  int rank = 0;   // 1-based position in its list
  int total = 0;  // length of that list
};

struct Period {
  const Document* doc = nullptr;
  std::string month;                          // YYYY-MM
  std::string url;                            // the ranking page
  std::map<std::string, Standing> standings;  // by department id
  std::array<std::vector<std::string>, std::size(kRatings)> lists;
};

class Builder {
 public:
  Builder(const Config& config, const Value& strings)
      : config_(config), ctx_{config, strings, nullptr, {}, {}, {}} {}

  std::string T(const char* key) const { return ctx_.T(key); }
  std::string Link(const std::string& url) const { return ctx_.Link(url); }
  static std::string Format(std::string pattern, StringArgs args) {
    return FormatString(std::move(pattern), args);
  }

  // "2004-11" as the interface writes a month: 2004年11月.
  std::string MonthLabel(const std::string& month) const {
    return Format(T("period_label"),
                  {{"yyyy", month.substr(0, 4)},
                   {"mm", month.substr(5, 2)},
                   {"m", std::to_string(std::stoi(month.substr(5, 2)))}});
  }

  std::string DepartmentUrl(const std::string& id) const {
    return "/departments/" + id + "/";
  }

  // A rating as the templates show it: {id, label, symbol, rank_text}.
  Value RatingValue(const Standing& s) const {
    const Rating& r = kRatings[s.rating];
    Value v = Value::Map();
    v.Set("id", r.id);
    v.Set("label", T(r.label_key));
    v.Set("symbol", r.symbol);
    if (s.rating == kNotNamed) return v;
    if (s.rating == kBottom) {
      v.Set("rank_text",
            Format(T("rank_text"), {{"n", std::to_string(s.rank)},
                                    {"total", std::to_string(s.total)}}));
      v.Set("rank_short",
            Format(T("rank_short"), {{"n", std::to_string(s.rank)}}));
    }
    return v;
  }

  std::vector<Period> Collect(const std::vector<const Document*>& docs) const {
    std::vector<Period> periods;
    for (const Document* doc : docs) {
      const std::string url = RankingUrl(config_, *doc);
      if (url.empty()) continue;
      Period p;
      p.doc = doc;
      p.month = doc->fields.Find("period")->as_string();
      p.url = url;
      for (size_t r = 0; r < std::size(kRatings); ++r) {
        const Value* list =
            *kRatings[r].key ? doc->fields.Find(kRatings[r].key) : nullptr;
        if (list == nullptr) continue;
        for (const auto& id : list->list()) {
          p.lists[r].push_back(id.as_string());
        }
        const int total = static_cast<int>(p.lists[r].size());
        for (int i = 0; i < total; ++i) {
          p.standings.emplace(p.lists[r][i], Standing{r, i + 1, total});
        }
      }
      periods.push_back(std::move(p));
    }
    std::sort(
        periods.begin(), periods.end(),
        [](const Period& a, const Period& b) { return a.month < b.month; });
    return periods;
  }

  Standing StandingOf(const Period& p, const std::string& id) const {
    auto it = p.standings.find(id);
    return it == p.standings.end() ? Standing{} : it->second;
  }

  // The record of one department: a summary in words, a chart, and the
  // same data as a table, a row per period.
  Value DepartmentRecord(const Department& dept,
                         const std::vector<Period>& periods) const {
    Value record = Value::Map();
    record.Set("title", T("window_record"));
    int counts[std::size(kRatings)] = {};
    for (const auto& p : periods) ++counts[StandingOf(p, dept.id).rating];
    if (counts[kNotNamed] == static_cast<int>(periods.size())) {
      record.Set("none_text", Format(T("record_none"),
                                     {{"n", std::to_string(periods.size())}}));
      record.Set("periods", PeriodLinks(periods));
      return record;
    }
    record.Set("has_ratings", true);
    record.Set("summary",
               Format(T("record_summary"),
                      {{"n", std::to_string(periods.size())},
                       {"red", std::to_string(counts[kRedFlag])},
                       {"advanced", std::to_string(counts[kAdvanced])},
                       {"bottom", std::to_string(counts[kBottom])}}));
    record.Set("chart", RecordChart(dept, periods));
    record.Set("table_caption",
               Format(T("record_caption"), {{"name", dept.name}}));
    Value rows = Value::List();
    for (const auto& p : periods) {
      Value row = Value::Map();
      row.Set("period", p.month);
      row.Set("period_label", MonthLabel(p.month));
      row.Set("url", Link(p.url));
      row.Set("rating", RatingValue(StandingOf(p, dept.id)));
      rows.Push(std::move(row));
    }
    record.Set("rows", std::move(rows));
    return record;
  }

  // The data of the record's SVG chart, in user units: a row per rating
  // (best at the top), a column per period; the rating names on the left,
  // the months below, a line through the marks; and its text alternative.
  Value RecordChart(const Department& dept,
                    const std::vector<Period>& periods) const {
    constexpr int kLeft = 130, kStep = 84, kTop = 24, kRowGap = 40;
    const int width = kLeft + static_cast<int>(periods.size()) * kStep + 16;
    const int months_y = kTop + 3 * kRowGap + 36;
    const int height = months_y + 12;
    Value chart = Value::Map();
    chart.Set("title", Format(T("chart_title"), {{"name", dept.name}}));
    chart.Set("width", Value::Number(width));
    chart.Set("height", Value::Number(height));
    // In em, so that large-text mode enlarges it too; at the page's 18px
    // text a unit is 1.2px and the chart's 14-unit labels are 16.8px.
    chart.Set("width_em", FormatEm(width));
    chart.Set("height_em", FormatEm(height));
    Value levels = Value::List();
    for (size_t r = 0; r < std::size(kRatings); ++r) {
      const int y = kTop + static_cast<int>(r) * kRowGap;
      Value level = Value::Map();
      level.Set("id", kRatings[r].id);
      level.Set("label", T(kRatings[r].label_key));
      level.Set("y", Value::Number(y));
      level.Set("text_y", Value::Number(y + 5));
      level.Set("label_x", Value::Number(kLeft - 10));
      level.Set("x1", Value::Number(kLeft));
      level.Set("x2", Value::Number(width - 8));
      levels.Push(std::move(level));
    }
    chart.Set("levels", std::move(levels));

    Value points = Value::List();
    Value months = Value::List();
    std::string trend, desc;
    for (size_t i = 0; i < periods.size(); ++i) {
      const Period& p = periods[i];
      const Standing s = StandingOf(p, dept.id);
      const Value rating = RatingValue(s);
      const int x = kLeft + kStep / 2 + static_cast<int>(i) * kStep;
      const int y = kTop + static_cast<int>(s.rating) * kRowGap;
      points.Push(ChartPoint(s, x, y, rating));
      trend += (i ? " " : "") + std::to_string(x) + "," + std::to_string(y);
      Value m = Value::Map();
      m.Set("label", p.month);
      m.Set("x", Value::Number(x));
      m.Set("y", Value::Number(months_y));
      months.Push(std::move(m));
      const Value* rank = rating.Find("rank_text");
      desc += (i ? T("separator") : "") + MonthLabel(p.month) + T("colon") +
              rating.Find("label")->as_string() +
              (rank ? " " + rank->as_string() : "");
    }
    chart.Set("points", std::move(points));
    chart.Set("months", std::move(months));
    if (periods.size() > 1) chart.Set("trend", trend);
    chart.Set("desc", desc);
    return chart;
  }

  // A chart mark: its shape says the rating, so does the row it sits in.
  Value ChartPoint(const Standing& s, int x, int y, const Value& rating) const {
    Value pt = Value::Map();
    pt.Set("id", kRatings[s.rating].id);
    pt.Set("x", Value::Number(x));
    pt.Set("y", Value::Number(y));
    auto xy = [](int px, int py) {
      return std::to_string(px) + "," + std::to_string(py);
    };
    switch (s.rating) {
      case kRedFlag:  // a triangle pointing up
        pt.Set("polygon", xy(x, y - 10) + " " + xy(x + 10, y + 7) + " " +
                              xy(x - 10, y + 7));
        break;
      case kBottom:  // a triangle pointing down, with its position
        pt.Set("polygon", xy(x, y + 10) + " " + xy(x + 10, y - 7) + " " +
                              xy(x - 10, y - 7));
        pt.Set("note", rating.Find("rank_short")->as_string());
        pt.Set("note_x", Value::Number(x + 14));
        pt.Set("note_y", Value::Number(y + 5));
        break;
      default:  // advanced: a filled circle; not named: a small ring
        pt.Set("circle", true);
        pt.Set("r", Value::Number(s.rating == kNotNamed ? 5 : 8));
        break;
    }
    return pt;
  }

  // Units as em at 15 units to the em, in tenths, rounded up.
  static std::string FormatEm(int units) {
    const int tenths = (units * 10 + 14) / 15;
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10) out += "." + std::to_string(tenths % 10);
    return out;
  }

  Value PeriodLinks(const std::vector<Period>& periods) const {
    Value list = Value::List();
    for (const auto& p : periods) {
      Value item = Value::Map();
      item.Set("label", MonthLabel(p.month));
      item.Set("url", Link(p.url));
      list.Push(std::move(item));
    }
    return list;
  }

  RecordPage RankingPage(const std::vector<Period>& periods, size_t i) const {
    const Period& p = periods[i];
    const Period* prev = i > 0 ? &periods[i - 1] : nullptr;
    const std::string month = MonthLabel(p.month);
    Value ranking = Value::Map();
    ranking.Set("title", Format(T("ranking_title"), {{"period", month}}));
    ranking.Set("period", p.month);
    Value source = Value::Map();
    source.Set("title", p.doc->title);
    source.Set("url", Link(p.doc->url));
    source.Set("index_no", p.doc->index_no);
    source.Set("published", p.doc->published.ToString());
    ranking.Set("source", std::move(source));
    if (prev != nullptr) ranking.Set("has_previous", true);
    if (periods.size() > 1) ranking.Set("has_neighbours", true);
    Value groups = Value::List();
    for (size_t r = 0; r < std::size(kRatings); ++r) {
      if (p.lists[r].empty()) continue;
      Value group = Value::Map();
      group.Set("id", kRatings[r].id);
      group.Set("label", T(kRatings[r].label_key));
      group.Set("symbol", kRatings[r].symbol);
      group.Set("count", Count(p.lists[r].size()));
      Value rows = Value::List();
      for (size_t k = 0; k < p.lists[r].size(); ++k) {
        const std::string& id = p.lists[r][k];
        const Department* dept = config_.FindDepartment(id);
        Value row = Value::Map();
        row.Set("rank", Count(k + 1));
        row.Set("name", dept ? dept->name : id);
        row.Set("url", Link(DepartmentUrl(id)));
        if (dept && !dept->window.empty()) row.Set("window", dept->window);
        if (prev != nullptr) {
          row.Set("previous", RatingValue(StandingOf(*prev, id)));
        }
        rows.Push(std::move(row));
      }
      group.Set("rows", std::move(rows));
      groups.Push(std::move(group));
    }
    ranking.Set("groups", std::move(groups));
    auto neighbour = [&](const Period& n, const char* label_key) {
      Value v = Value::Map();
      v.Set("url", Link(n.url));
      v.Set("label", T(label_key));
      v.Set("period", MonthLabel(n.month));
      return v;
    };
    if (prev != nullptr) {
      ranking.Set("prev", neighbour(*prev, "previous_period"));
    }
    if (i + 1 < periods.size()) {
      ranking.Set("next", neighbour(periods[i + 1], "next_period"));
    }

    RecordPage page;
    page.url = p.url;
    page.title = ranking.Find("title")->as_string();
    page.description = p.doc->summary;
    const std::string section_url = "/" + p.doc->section + "/";
    page.nav_current = section_url;
    const Section* section = config_.site.FindSection(p.doc->section);
    Value crumb = Value::Map();
    crumb.Set("name", section ? section->name : p.doc->section);
    crumb.Set("url", Link(section_url));
    page.breadcrumbs.Push(std::move(crumb));
    Value here = Value::Map();
    here.Set("name", page.title);
    page.breadcrumbs.Push(std::move(here));
    page.template_name = "ranking";
    page.data.Set("ranking", std::move(ranking));
    return page;
  }

  // Every department named in any period, the latest period's best first,
  // with its rating in each period.
  Value Overview(const std::vector<Period>& periods) const {
    const Period& latest = periods.back();
    std::vector<std::tuple<size_t, int, size_t>> order;  // rating, rank, index
    for (size_t d = 0; d < config_.departments.size(); ++d) {
      const std::string& id = config_.departments[d].id;
      bool named = false;
      for (const auto& p : periods) named = named || p.standings.count(id);
      if (!named) continue;
      const Standing s = StandingOf(latest, id);
      order.emplace_back(s.rating, s.rank, d);
    }
    std::sort(order.begin(), order.end());
    Value rows = Value::List();
    for (const auto& [rating, rank, d] : order) {
      const Department& dept = config_.departments[d];
      Value row = Value::Map();
      row.Set("name", dept.name);
      row.Set("url", Link(DepartmentUrl(dept.id)));
      Value cells = Value::List();
      for (const auto& p : periods) {
        cells.Push(RatingValue(StandingOf(p, dept.id)));
      }
      row.Set("cells", std::move(cells));
      rows.Push(std::move(row));
    }
    Value overview = Value::Map();
    overview.Set("title", T("window_overview"));
    overview.Set("periods", PeriodLinks(periods));
    overview.Set("rows", std::move(rows));
    return overview;
  }

 private:
  const Config& config_;
  const SiteContext ctx_;  // for the interface strings and links only
};

}  // namespace

std::string RankingUrl(const Config& config, const Document& doc) {
  if (!IsWindowAssessment(config, doc) || doc.withdrawn ||
      IsRepealed(config, doc)) {
    return "";
  }
  const Value* period = doc.fields.Find("period");
  if (period == nullptr || period->kind() != Value::Kind::kString) return "";
  return "/" + doc.section + "/" + period->as_string() + "/";
}

WindowRecords BuildWindowRecords(const Config& config,
                                 const std::vector<const Document*>& docs,
                                 const Value& strings) {
  WindowRecords out;
  Builder b(config, strings);
  const std::vector<Period> periods = b.Collect(docs);
  if (periods.empty()) return out;
  for (size_t i = 0; i < periods.size(); ++i) {
    out.pages.push_back(b.RankingPage(periods, i));
  }
  for (const auto& dept : config.departments) {
    out.by_department[b.DepartmentUrl(dept.id)] =
        b.DepartmentRecord(dept, periods);
  }
  Value overview = b.Overview(periods);
  for (const auto& p : periods) {
    Value& section = out.by_section["/" + p.doc->section + "/"];
    if (section.is_null()) {
      section = Value::Map();
      section.Set("windows", overview);
    }
  }
  return out;
}

}  // namespace disclose
