// The site's configuration, read from content/site.yaml,
// content/departments.yaml and content/schemas/*.yaml. Problems are
// diagnostics (codes D6xx) at the line of the configuration file.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/limits.h"
#include "frontmatter/yaml_tree.h"
#include "model/document.h"
#include "model/source.h"

namespace disclose {

// A 主题分类 of site.yaml. Categories form a tree of two levels at most;
// SiteConfig::categories holds each parent followed by its children.
struct Category {
  std::string slug;    // used in URLs; generated from path when not given
  std::string name;    // its own name, e.g. 城市规划
  std::string parent;  // the name of its parent, "" at the top
  std::string path;    // 父\子 (parent, backslash, name), or name at the top
  int line = 0;        // in site.yaml
  // path and name in NFC (base/unicode.h), set by ParseConfig: lookups
  // compare them too, so that a name written with other code points for the
  // same characters is found.
  std::string path_key;
  std::string name_key;
};

struct Section {
  std::string id;    // the folder under content/
  std::string name;  // its title on the site
};

// How dates written the Chinese way (2005年1月10日) or with full-width
// digits are taken: `dates:` in site.yaml.
enum class DateStyle {
  kIso,        // `dates: iso`, the default: accepted with a warning (D219)
               // whose fix writes the ISO form
  kAsWritten,  // `dates: as_written`: accepted silently
};

// Which date's year a 索引号 carries (site.yaml `index_no: {year_of: ...}`).
enum class IndexNoYear {
  kPublished,  // 发布日期, the default
  kWritten,    // 成文日期 when the document has one; any year otherwise
};

// What a government portal's footer identifies it by, and where readers
// report an error: `portal:` in site.yaml, every key optional.
struct Portal {
  std::string sponsor;    // 主办单位
  std::string site_code;  // 网站标识码: ten letters or digits
  std::string icp;        // ICP 备案号, e.g. 京ICP备05070218号-1
  std::string police;  // 公安机关备案号, e.g. 京公网安备 11010502030143号
  std::string police_code;  // its fourteen digits (for the record's link)
  // 纠错: an http(s) or mailto: address; {url} in it becomes the page's
  // address and {site_code} the site code, both percent-encoded.
  std::string correction_url;
};

struct SiteConfig {
  std::string title;
  std::string subtitle;
  std::string base_url;   // absolute, ends with '/'
  std::string base_path;  // path part of base_url, starts and ends with '/'
  std::string language = "zh-CN";
  std::string publisher_name;
  std::string publisher_email;
  // The 索引号 layouts the site accepts (site.yaml `index_no:`); the first
  // is what `disclose new` issues, and index_no_layout is a copy of it.
  std::string index_no_layout = "{org}/{yyyy}-{nnnnn}";
  std::vector<std::string> index_no_layouts = {"{org}/{yyyy}-{nnnnn}"};
  IndexNoYear index_no_year_of = IndexNoYear::kPublished;
  int page_size = 20;
  DateStyle dates = DateStyle::kIso;
  InputLimits limits;  // `limits:`, base/limits.h
  std::vector<Section> sections;
  std::vector<Category> categories;
  Portal portal;

  const Section* FindSection(const std::string& id) const;
  // The category a document names (`category:`): its path 父\子, or a
  // name alone (a parent's or a child's) that only one category has.
  // nullptr when none has it, or several (see CategoriesNamed).
  const Category* FindCategory(const std::string& name) const;
  // Every category whose own name is `name`, in site.yaml order.
  std::vector<const Category*> CategoriesNamed(const std::string& name) const;
};

struct Department {
  std::string id;
  std::string name;  // short name, e.g. 市国税局
  std::string full_name;
  std::string org_code;  // as written in departments.yaml
  std::string window;
  std::string phone;
  int line = 0;
  // Layouts of 索引号 for this department's documents only
  // (`index_no_layouts:`), accepted besides the site's; the first is what
  // `disclose new` issues for it.
  std::vector<std::string> index_no_layouts;
};

enum class FieldKind {
  kText,        // one line of text
  kLongText,    // text that may span lines
  kDate,        // YYYY-MM-DD
  kEnum,        // one of `values`
  kList,        // a list of `item`
  kRecord,      // a mapping with `fields`
  kIndexNo,     // 索引号 in the site's layout
  kDocNo,       // 文号
  kPhone,       // a telephone number
  kDepartment,  // an id in departments.yaml
  kDocument,    // the index_no of another document (of `ref_type`, if set)
  kCategory,    // a category name from site.yaml
  kDays,  // a time limit: 20, 20个工作日, 30日, 2小时 (model/time_limit.h)
  kPeriod,  // a month, YYYY-MM
  kCount,   // a whole number, 0 or more (到现场次数)
  kNames,   // one name or a list of names (发文机关)
  kUrl,     // a web address, http:// or https:// (网上办理地址)
};

struct FieldSpec {
  std::string key;
  std::string label;
  FieldKind kind = FieldKind::kText;
  bool required = false;
  int max_length = 0;               // in characters; 0: no limit
  std::vector<std::string> values;  // kEnum; kDocument: literal values
                                    // accepted instead of a reference (免费)
  std::vector<FieldSpec> item;      // kList: exactly one element
  std::vector<FieldSpec> fields;    // kRecord
  std::string not_after;            // kDate: key of a date it may not follow
  std::string not_more_than;        // kDays: key of days it may not exceed
  // kText, kLongText: words the value may not be or end with, because they
  // stand for what is left unsaid (其他条件, 等).
  std::vector<std::string> catch_all;
  bool unique = false;  // no two documents of the type share it
  // kList of kText items (主题词): one text is also accepted, split into
  // items on spaces (ASCII and U+3000), 、，,；; (D221 warns).
  bool split = false;
  std::string ref_type;  // kDocument: the type it must refer to
  // The heading of the section of the document's page that shows the
  // field (`section:`, e.g. 申请材料); fields without one are rows of the
  // metadata table. Fields that name one section show under one heading,
  // in schema order.
  std::string section;
  // kList: how the page shows it (`show:`): "checklist" (each item with
  // its 原件/复印件 and number of copies picked out) or "steps" (numbered,
  // the words before a colon as the step's name); "" a plain list.
  std::string show;
  // show: checklist: the words that say whether an item is wanted as the
  // original or a copy (`forms:`, e.g. [原件, 复印件]), longest first.
  std::vector<std::string> forms;
  YamlNode example;  // shown by `disclose new`
  int line = 0;      // in the schema file
  // The kEnum field `validity`: what each value means (`meanings:`, e.g.
  // {有效: in_force, 失效: expired, 废止: repealed}). When the schema does
  // not say, 有效, 失效 and 废止 mean just that, as they always have.
  std::map<std::string, Validity> meanings;
};

// Either "when field `when_key` equals `equals`, one of `require_one_of` is
// given", or "no value appears twice in the lists `disjoint`" (nor twice in
// one of them).
struct SchemaRule {
  std::string when_key;
  std::string equals;
  std::vector<std::string> require_one_of;
  std::vector<std::string> disjoint;  // keys of list fields
  int line = 0;                       // in the schema file
};

// What a fee table's column holds (`role:` of a column in the schema).
enum class ColumnRole { kNone, kItem, kUnit, kAmount };

// "item", "unit", "amount", or "" for kNone: the names in records.
const char* ColumnRoleName(ColumnRole role);

struct TableColumnSpec {
  std::string label;
  std::vector<std::string> aliases;   // other names of the column (`aliases:`)
  FieldKind kind = FieldKind::kText;  // kText, or kAmount via `amount`
  bool amount = false;
  bool required = false;
  // `role:`; by default amount for `kind: amount`, then item for the first
  // text column and unit for the second.
  ColumnRole role = ColumnRole::kNone;
};

struct TableSpec {
  std::string label;  // e.g. 收费表
  bool required = false;
  std::vector<TableColumnSpec> columns;
  // `allow_unfixed:` whether 面议 or 市场调节价 may stand for an amount.
  bool allow_unfixed = true;
};

// What the site does with a type beyond its own pages, `role:` in its
// schema.
enum class SchemaRole {
  kNone,
  // 考核通报: each document rates the windows for one 考核期 (`period`) in
  // the lists red_flag, advanced and bottom; the site adds a ranking page
  // per period and each department's record over time. A schema without
  // `role:` whose type is "assessment" has this role, as it always had.
  kWindowAssessment,
};

struct Schema {
  std::string type;
  std::string label;
  SchemaRole role = SchemaRole::kNone;
  std::string path;               // schema file
  std::string core_path;          // the file of the core fields
  std::vector<FieldSpec> fields;  // core fields first, then the type's own
  std::vector<SchemaRule> rules;  // core rules first
  std::optional<TableSpec> tables;

  const FieldSpec* FindField(const std::string& key) const;

  // What a value of the field `validity` means; kInForce for a value the
  // schema gives no meaning (or a schema without the field).
  Validity ValidityOf(const std::string& value) const;
  // The first value of `validity` given the meaning in force (有效), or ""
  // when there is none: what `disclose new` writes.
  std::string InForceValue() const;
  bool IsWindowAssessment() const {
    return role == SchemaRole::kWindowAssessment;
  }
};

struct Config {
  SiteConfig site;
  std::vector<Department> departments;    // in file order
  std::map<std::string, Schema> schemas;  // by type
  // site.yaml or departments.yaml could not be read as YAML at all (a
  // syntax error, another encoding): documents are not checked against
  // the empty configuration that is left, which would fault every one.
  bool unreadable = false;

  const Department* FindDepartment(const std::string& id) const;

  // Schema::ValidityOf of the type's schema. For a type with no schema (a
  // record of an earlier publication), 有效, 失效 and 废止 keep their
  // default meanings.
  Validity ValidityOf(const std::string& type, const std::string& value) const;
  // Whether the type's schema has the role kWindowAssessment; for a type
  // with no schema, whether it is "assessment" (SchemaRole).
  bool IsWindowAssessment(const std::string& type) const;
  // The 索引号 layouts accepted for a document of the department: its own
  // first, then the site's. The first is what `disclose new` issues.
  std::vector<std::string> IndexNoLayoutsFor(
      const std::string& department) const;
};

// Reads the whole configuration. The result is usable (possibly partially
// empty) even when diags gained errors.
Config ParseConfig(const SiteSources& sources, Diagnostics& diags);

// Name of a field kind as written in schemas ("text", "date", ...).
const char* FieldKindName(FieldKind kind);

}  // namespace disclose
