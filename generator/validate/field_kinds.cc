// The checks of the field kinds with a grammar or a list of their own:
// 文号, telephone numbers, 索引号, departments, categories, months, time
// limits and counts (FieldChecker, fields.h).
#include <algorithm>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "model/time_limit.h"
#include "validate/fields.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

// "write X" / "改为 X": a hint with the corrected value.
Said Write(const std::string& value) {
  return {"write " + value, "改为 " + value};
}

// The field's name and a grammar's message after it: "文号 (doc_no) must
// ..." in English, "文号（doc_no）应为……" in Chinese.
Said NameAnd(const Said& name, const Said& message) {
  return name + Said{" ", ""} + message;
}

}  // namespace

bool FieldChecker::CheckDocNoField(const At& at, const std::string& text) {
  auto err = CheckDocNo(text);
  if (!err) return true;
  if (!err->fixed.empty()) {
    WarnWithFix(kDocNoNotStandard, at, NameAnd(at.name, err->message),
                err->hint, text, err->fixed);
    return true;  // kept as written: the page shows what the document says
  }
  Error(kBadDocNo, at, NameAnd(at.name, err->message), err->hint);
  return false;
}

bool FieldChecker::CheckPhoneField(const At& at, const std::string& text) {
  // Several numbers in one field: 0736-7251234、0736-7251235 (each checked).
  // A loose form whose usual form is certain is a warning with that fix.
  bool ok = true;
  bool loose = false;
  for (const std::string& number : SplitPhoneNumbers(text)) {
    if (!CheckPhone(AsciiDigits(number))) continue;
    if (auto certain = CertainPhone(number)) {
      Diagnostic d{Severity::kWarning,
                   kLoosePhone,
                   doc_.source_path,
                   at.line,
                   at.column,
                   NameAnd(at.name, QuoteValue(number)) +
                       Said{" is a telephone number written loosely",
                            "是写法不规范的电话号码"},
                   Write(*certain),
                   Fix{at.line, at.column, number, *certain}};
      diags_.Add(std::move(d));
      loose = true;
      continue;
    }
    auto err = CheckPhone(number);
    Error(kBadPhone, at, NameAnd(at.name, err->message), err->hint);
    ok = false;
  }
  if (ok && !loose) WarnFullWidthDigits(at, text);
  return ok;
}

void FieldChecker::WarnFullWidthDigits(const At& at, const std::string& text) {
  const std::string ascii = AsciiDigits(text);
  if (ascii == text) return;
  Diagnostic d{
      Severity::kWarning,
      kFullWidthNumber,
      doc_.source_path,
      at.line,
      at.column,
      at.name +
          Said{" is written with full-width digits: ", "使用了全角数字："} +
          QuoteValue(text),
      Write(ascii),
      Fix{at.line, at.column, text, ascii}};
  diags_.Add(std::move(d));
}

bool FieldChecker::CheckIndexNoField(const At& at, const std::string& text) {
  const YamlNode* node = root_.Find("department");
  const Department* dept = node && node->is_scalar()
                               ? config_.FindDepartment(Trim(node->text))
                               : nullptr;
  IndexNoMatch m =
      MatchIndexNo(config_.IndexNoLayoutsFor(dept ? dept->id : ""), text);
  if (!m.error) return true;
  Said message = m.error->message;
  if (dept != nullptr && !dept->index_no_layouts.empty()) {
    message += Said{" and for " + dept->id + " in departments.yaml",
                    "（含 departments.yaml 中为 " + dept->id + " 设定的格式）"};
  }
  const std::string example = ExampleIndexNo();
  Error(kBadIndexNo, at, NameAnd(at.name, message),
        Said{"for example " + example, "例如 " + example});
  return false;
}

bool FieldChecker::CheckDepartment(const At& at, const std::string& text) {
  if (config_.FindDepartment(text) != nullptr) return true;
  Error(kUnknownDepartment, at,
        NameAnd(at.name, QuoteValue(text)) +
            Said{" is not a department in content/departments.yaml",
                 "不是 content/departments.yaml 中的部门"},
        SuggestDepartment(text));
  return false;
}

// A category is named by its path 父\子, or by a name only one category
// has (a leaf's or a parent's).
bool FieldChecker::CheckCategory(const At& at, const std::string& text) {
  const SiteConfig& site = config_.site;
  if (site.FindCategory(text) != nullptr) return true;
  std::vector<std::string> paths;
  for (const Category* c : site.CategoriesNamed(text)) paths.push_back(c->path);
  if (paths.size() > 1) {
    const std::string count = std::to_string(paths.size());
    Error(kAmbiguousCategory, at,
          NameAnd(at.name, QuoteValue(text)) +
              Said{" is the name of " + count +
                       " categories: " + Join(paths, " and "),
                   "是 " + count + " 个主题分类的名称：" + Join(paths, "、")},
          Said{"write the parent too: " + Join(paths, " or "),
               "同时写出上级分类：" + Join(paths, " 或 ")});
    return false;
  }
  Error(kUnknownCategory, at,
        NameAnd(at.name, QuoteValue(text)) +
            Said{" is not one of the site's categories", "不是网站的主题分类"},
        CategoryHint(text));
  return false;
}

// 父/子 or a stray space for 父\子: that category; a name that holds or
// is held in a category's name (卫生, 医疗卫生): those; else all of them
// (parents only, when there are many).
Said FieldChecker::CategoryHint(const std::string& text) const {
  std::vector<std::string> near, all, parents;
  const std::string leaf = text.substr(text.rfind('\\') + 1);  // 子 of 父\子
  for (const auto& c : config_.site.categories) {
    if (!c.parent.empty() && (text == c.parent + "/" + c.name ||
                              text == c.parent + " \\ " + c.name ||
                              text == c.parent + "／" + c.name)) {
      return Write(c.path);
    }
    if (c.name.find(leaf) != std::string::npos ||
        leaf.find(c.name) != std::string::npos) {
      near.push_back(c.path);
    }
    all.push_back(c.path);
    if (c.parent.empty()) parents.push_back(c.path);
  }
  // 父\子 whose parent is the site's but has no such child.
  const size_t slash = text.rfind('\\');
  if (slash != std::string::npos) {
    const std::string parent = text.substr(0, slash);
    for (const auto& c : config_.site.categories) {
      if (c.parent.empty() && c.name == parent) {
        return {"write " + parent + ", or add " + leaf +
                    " to the children of " + parent + " in content/site.yaml",
                "改为 " + parent + "，或在 content/site.yaml 中把 " + leaf +
                    " 添加为 " + parent + " 的下级分类"};
      }
    }
  }
  if (!near.empty() && near.size() <= 3) {
    return {"did you mean " + Join(near, " or ") + "?",
            "是否应为“" + Join(near, "”或“") + "”？"};
  }
  if (all.size() <= 12)
    return Said{"one of ", "应为以下之一："} + JoinSaid(all);
  return Said{"one of the categories of content/site.yaml, such as ",
              "应为 content/site.yaml 中的主题分类，例如 "} +
         JoinSaid(parents);
}

bool FieldChecker::CheckPeriodField(const At& at, const std::string& text) {
  auto err = CheckPeriod(text);
  if (!err) return true;
  Error(kBadPeriod, at, NameAnd(at.name, err->message), err->hint);
  return false;
}

bool FieldChecker::CheckDays(const At& at, const std::string& text) {
  if (ParseTimeLimit(text)) {
    WarnFullWidthDigits(at, text);
    return true;
  }
  Error(kBadDays, at,
        at.name +
            Said{" must be a time limit such as 20 (working days), "
                 "20个工作日, 30日, 30个自然日 or 2小时 (0: 即办), got ",
                 "应为时限，例如 20（工作日）、20个工作日、30日、30个自然日或 "
                 "2小时（0 表示即办），现为"} +
            QuoteValue(text));
  return false;
}

namespace {

bool IsCount(const std::string& text) {
  return !text.empty() && text.size() <= 4 &&
         text.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

bool FieldChecker::CheckCount(const At& at, const std::string& text) {
  std::string ascii = AsciiDigits(text);
  if (IsCount(ascii)) {
    WarnFullWidthDigits(at, text);
    return true;
  }
  // 1次, as guides write 到现场次数: the number is certain, the unit is
  // the label's. A warning whose fix writes the number alone.
  const std::string times = "次";
  if (ascii.size() > times.size() && EndsWith(ascii, times)) {
    ascii = Trim(ascii.substr(0, ascii.size() - times.size()));
    if (IsCount(ascii)) {
      Diagnostic d{Severity::kWarning,
                   kCountWithUnit,
                   doc_.source_path,
                   at.line,
                   at.column,
                   at.name + Said{" is a number, got ", "应为数字，现为"} +
                       QuoteValue(text),
                   Write(ascii),
                   Fix{at.line, at.column, text, ascii}};
      diags_.Add(std::move(d));
      return true;
    }
  }
  Error(kBadCount, at,
        at.name +
            Said{" must be a whole number (0 or more), got ",
                 "应为整数（0 或以上），现为"} +
            QuoteValue(text),
        Said{"write the number alone, such as 1", "只写数字，例如 1"});
  return false;
}

bool FieldChecker::CheckUrlField(const At& at, const std::string& text) {
  auto err = CheckWebAddress(text);
  if (!err) return true;
  Error(kBadUrl, at, NameAnd(at.name, err->message), err->hint);
  return false;
}

std::string FieldChecker::ExampleIndexNo() const {
  std::string org = config_.departments.empty()
                        ? "00817365-1"
                        : config_.departments.front().org_code;
  std::string layout = config_.site.index_no_layout;
  const YamlNode* dept = root_.Find("department");
  if (dept && dept->is_scalar()) {
    if (const Department* d = config_.FindDepartment(Trim(dept->text))) {
      org = d->org_code;
      layout = config_.IndexNoLayoutsFor(d->id).front();
    }
  }
  Date date{2005, 1, 1};
  const YamlNode* published = root_.Find("published");
  if (published && published->is_scalar()) {
    if (auto d = Date::ParseWritten(Trim(published->text))) date = *d;
  }
  return FormatIndexNo(layout, org, date, 1);
}

Said FieldChecker::SuggestDepartment(const std::string& text) const {
  for (const auto& d : config_.departments) {
    if (d.name == text || d.full_name == text) {
      return {"write its id: " + d.id, "改为它的 id：" + d.id};
    }
  }
  for (const auto& d : config_.departments) {
    if (EditDistance(d.id, text) <= 2) {
      return {"did you mean " + d.id + "?", "是否应为“" + d.id + "”？"};
    }
  }
  return {"add it to content/departments.yaml, or use one of its ids",
          "把它添加到 content/departments.yaml，或改用其中部门的 id"};
}

}  // namespace disclose
