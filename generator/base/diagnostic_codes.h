// The diagnostic codes, one named constant each, grouped by series. The
// codes are stable: each has a row in README.md's tables (the comment here
// is that row, shortened) and a test that produces it
// (tests/validate/codes_test.cc checks both). To add a code: a constant
// here, an entry in kAllCodes, a row in README.md and a fixture under
// tests/fixtures/invalid/ (or, for a code no content can cause, a test
// named in codes_test.cc).
#pragma once

namespace disclose {

// D1xx: the file as text and YAML.
inline constexpr char kNoFrontMatter[] = "D100";  // none, or never closed
inline constexpr char kYamlSyntax[] = "D101";     // or a key that is not text
inline constexpr char kDuplicateKey[] = "D102";
inline constexpr char kYamlAnchor[] = "D103";          // anchor or alias
inline constexpr char kSecondYamlDocument[] = "D104";  // a second document
inline constexpr char kTooLarge[] = "D105";            // or nested too deeply
inline constexpr char kYamlTag[] = "D106";
inline constexpr char kInvalidUtf8[] = "D107";
inline constexpr char kBadPath[] = "D108";          // not section/year/slug.md
inline constexpr char kControlChar[] = "D109";      // a control character
inline constexpr char kInvisibleChar[] = "D110";    // warning: bidi, zero-width
inline constexpr char kNotARegularFile[] = "D111";  // a link, FIFO, device
inline constexpr char kMarkdownShape[] = "D112";    // beyond limits: table ...
inline constexpr char kForeignEncoding[] = "D113";  // UTF-16, GB18030 ...
inline constexpr char kRenderBudget[] = "D114";     // rendering over budget

// D2xx: one field of one document.
inline constexpr char kMissingField[] = "D200";  // required field missing
inline constexpr char kUnknownField[] = "D201";  // with "did you mean"
inline constexpr char kWrongShape[] = "D202";  // a list where text is expected
inline constexpr char kTooLong[] = "D203";     // or not one line
inline constexpr char kBadDate[] = "D204";     // not a real YYYY-MM-DD
inline constexpr char kNotAllowedValue[] = "D205";  // not one of the values
inline constexpr char kBadDocNo[] = "D206";     // 文号 not in GB/T 9704 form
inline constexpr char kBadPhone[] = "D207";     // not a telephone number
inline constexpr char kBadIndexNo[] = "D208";   // 索引号 not in the layout
inline constexpr char kUnknownType[] = "D209";  // unknown document type
inline constexpr char kDateOrder[] = "D210";  // 成文日期 after 发布日期
inline constexpr char kSchemaRule[] = "D211";  // 废止 without 废止依据 ...
inline constexpr char kBadDays[] = "D212";     // not a time limit
inline constexpr char kFutureDate[] = "D213";  // warning: 发布日期 ahead
inline constexpr char kWrongYearFolder[] = "D214";  // folder != 发布日期 year
inline constexpr char kBadPeriod[] = "D215";        // not a real month YYYY-MM
inline constexpr char kDaysOverLimit[] = "D216";  // 承诺 over 法定办结时限
inline constexpr char kCatchAll[] = "D217";       // 其他条件, ……等
inline constexpr char kNotDisjoint[] = "D218";  // a value in two lists
inline constexpr char kDateNotIso[] = "D219";   // warning: 2005年1月10日
inline constexpr char kDocNoNotStandard[] = "D220";  // warning: [2005], ２
inline constexpr char kListAsText[] = "D221";  // warning: 主题词 as one text
inline constexpr char kBadCount[] = "D224";    // not a whole number (0 or more)
inline constexpr char kFullWidthNumber[] = "D225";  // warning, with a fix
inline constexpr char kCountWithUnit[] = "D226";    // warning: 1次, a fix
inline constexpr char kLoosePhone[] = "D227";   // warning: (0736)7251234, a fix
inline constexpr char kBadUrl[] = "D228";       // not an http(s) web address
inline constexpr char kPlaceholder[] = "D299";  // 【待填写】 still there

// D3xx: references to the site's configuration and to other documents.
inline constexpr char kDuplicateIndexNo[] = "D300";  // 索引号 used twice
inline constexpr char kUnknownDepartment[] = "D301";
inline constexpr char kUnknownCategory[] = "D302";
inline constexpr char kIndexNoOrgCode[] = "D303";  // not the department's
inline constexpr char kIndexNoYear[] = "D304";     // not 发布日期's year
inline constexpr char kUnresolvedRef[] = "D305";   // nothing, or itself
inline constexpr char kWrongRefType[] = "D306";
inline constexpr char kNotUnique[] = "D307";  // a `unique` value used twice
inline constexpr char kNameTwice[] = "D308";  // 发文机关 names one twice
inline constexpr char kAmbiguousCategory[] = "D310";  // a leaf name twice

// D4xx: fee tables.
inline constexpr char kNoFeeTable[] = "D400";
inline constexpr char kMissingColumn[] = "D401";
inline constexpr char kBadAmount[] = "D402";  // not an amount in yuan
inline constexpr char kEmptyCell[] = "D403";
inline constexpr char kUnfixedFee[] = "D404";     // 面议 where not allowed
inline constexpr char kUnitDisagrees[] = "D405";  // cell unit vs unit column
inline constexpr char kTableWithoutRows[] = "D406";
inline constexpr char kAmountSpelling[] = "D407";   // warning: full-width ...
inline constexpr char kAmountNotInYuan[] = "D408";  // warning: 元角分, 万元
inline constexpr char kDuplicateColumn[] = "D409";
inline constexpr char kBadFeeMatrix[] = "D410";  // no table has its payers

// D6xx: site.yaml, departments.yaml and the schemas.
inline constexpr char kMissingSetting[] = "D601";
inline constexpr char kBadSetting[] = "D602";
inline constexpr char kUnknownSetting[] = "D603";
inline constexpr char kBadIndexNoLayout[] = "D604";  // not a usable layout
// A site-wide 索引号 layout with neither {org} nor a prefix of the site's own.
inline constexpr char kIndexNoLayoutWithoutOrg[] = "D605";

// D7xx: the theme.
inline constexpr char kBadTemplate[] = "D700";     // does not parse, or missing
inline constexpr char kMissingStrings[] = "D701";  // interface strings

// D8xx: against the last publication.
inline constexpr char kPublishedDeleted[] = "D800";
inline constexpr char kIndexNoChanged[] = "D801";
inline constexpr char kAddressChanged[] = "D802";
inline constexpr char kChangeWithoutNote[] = "D803";
inline constexpr char kWithdrawnReturned[] = "D804";

// D9xx: the built site (`check --links`).
inline constexpr char kBrokenLink[] = "D900";    // to no file of the site
inline constexpr char kBrokenAnchor[] = "D901";  // to no id of its page

// What produces a code in the tests: a folder of tests/fixtures/invalid/
// (a broken copy of the sample site), or, for a code that depends on more
// than the site's files (the theme, the last publication) or that `check`
// reports only when asked (`--links`), a unit test.
enum class CodeSource { kFixture, kUnitTest };

struct CodeInfo {
  const char* code;
  const char* name;  // the constant's name, as written above
  CodeSource source;
};

// Every code above, in order.
inline constexpr CodeInfo kAllCodes[] = {
    {kNoFrontMatter, "kNoFrontMatter", CodeSource::kFixture},
    {kYamlSyntax, "kYamlSyntax", CodeSource::kFixture},
    {kDuplicateKey, "kDuplicateKey", CodeSource::kFixture},
    {kYamlAnchor, "kYamlAnchor", CodeSource::kFixture},
    {kSecondYamlDocument, "kSecondYamlDocument", CodeSource::kFixture},
    {kTooLarge, "kTooLarge", CodeSource::kFixture},
    {kYamlTag, "kYamlTag", CodeSource::kFixture},
    {kInvalidUtf8, "kInvalidUtf8", CodeSource::kFixture},
    {kBadPath, "kBadPath", CodeSource::kFixture},
    {kControlChar, "kControlChar", CodeSource::kFixture},
    {kInvisibleChar, "kInvisibleChar", CodeSource::kFixture},
    {kNotARegularFile, "kNotARegularFile", CodeSource::kUnitTest},
    {kMarkdownShape, "kMarkdownShape", CodeSource::kFixture},
    {kForeignEncoding, "kForeignEncoding", CodeSource::kFixture},
    {kRenderBudget, "kRenderBudget", CodeSource::kFixture},
    {kMissingField, "kMissingField", CodeSource::kFixture},
    {kUnknownField, "kUnknownField", CodeSource::kFixture},
    {kWrongShape, "kWrongShape", CodeSource::kFixture},
    {kTooLong, "kTooLong", CodeSource::kFixture},
    {kBadDate, "kBadDate", CodeSource::kFixture},
    {kNotAllowedValue, "kNotAllowedValue", CodeSource::kFixture},
    {kBadDocNo, "kBadDocNo", CodeSource::kFixture},
    {kBadPhone, "kBadPhone", CodeSource::kFixture},
    {kBadIndexNo, "kBadIndexNo", CodeSource::kFixture},
    {kUnknownType, "kUnknownType", CodeSource::kFixture},
    {kDateOrder, "kDateOrder", CodeSource::kFixture},
    {kSchemaRule, "kSchemaRule", CodeSource::kFixture},
    {kBadDays, "kBadDays", CodeSource::kFixture},
    {kFutureDate, "kFutureDate", CodeSource::kFixture},
    {kWrongYearFolder, "kWrongYearFolder", CodeSource::kFixture},
    {kBadPeriod, "kBadPeriod", CodeSource::kFixture},
    {kDaysOverLimit, "kDaysOverLimit", CodeSource::kFixture},
    {kCatchAll, "kCatchAll", CodeSource::kFixture},
    {kNotDisjoint, "kNotDisjoint", CodeSource::kFixture},
    {kDateNotIso, "kDateNotIso", CodeSource::kFixture},
    {kDocNoNotStandard, "kDocNoNotStandard", CodeSource::kFixture},
    {kListAsText, "kListAsText", CodeSource::kFixture},
    {kBadCount, "kBadCount", CodeSource::kFixture},
    {kFullWidthNumber, "kFullWidthNumber", CodeSource::kFixture},
    {kCountWithUnit, "kCountWithUnit", CodeSource::kFixture},
    {kLoosePhone, "kLoosePhone", CodeSource::kFixture},
    {kBadUrl, "kBadUrl", CodeSource::kFixture},
    {kPlaceholder, "kPlaceholder", CodeSource::kFixture},
    {kDuplicateIndexNo, "kDuplicateIndexNo", CodeSource::kFixture},
    {kUnknownDepartment, "kUnknownDepartment", CodeSource::kFixture},
    {kUnknownCategory, "kUnknownCategory", CodeSource::kFixture},
    {kIndexNoOrgCode, "kIndexNoOrgCode", CodeSource::kFixture},
    {kIndexNoYear, "kIndexNoYear", CodeSource::kFixture},
    {kUnresolvedRef, "kUnresolvedRef", CodeSource::kFixture},
    {kWrongRefType, "kWrongRefType", CodeSource::kFixture},
    {kNotUnique, "kNotUnique", CodeSource::kFixture},
    {kNameTwice, "kNameTwice", CodeSource::kFixture},
    {kAmbiguousCategory, "kAmbiguousCategory", CodeSource::kFixture},
    {kNoFeeTable, "kNoFeeTable", CodeSource::kFixture},
    {kMissingColumn, "kMissingColumn", CodeSource::kFixture},
    {kBadAmount, "kBadAmount", CodeSource::kFixture},
    {kEmptyCell, "kEmptyCell", CodeSource::kFixture},
    {kUnfixedFee, "kUnfixedFee", CodeSource::kFixture},
    {kUnitDisagrees, "kUnitDisagrees", CodeSource::kFixture},
    {kTableWithoutRows, "kTableWithoutRows", CodeSource::kFixture},
    {kAmountSpelling, "kAmountSpelling", CodeSource::kFixture},
    {kAmountNotInYuan, "kAmountNotInYuan", CodeSource::kFixture},
    {kDuplicateColumn, "kDuplicateColumn", CodeSource::kFixture},
    {kBadFeeMatrix, "kBadFeeMatrix", CodeSource::kFixture},
    {kMissingSetting, "kMissingSetting", CodeSource::kFixture},
    {kBadSetting, "kBadSetting", CodeSource::kFixture},
    {kUnknownSetting, "kUnknownSetting", CodeSource::kFixture},
    {kBadIndexNoLayout, "kBadIndexNoLayout", CodeSource::kFixture},
    {kIndexNoLayoutWithoutOrg, "kIndexNoLayoutWithoutOrg",
     CodeSource::kFixture},
    {kBadTemplate, "kBadTemplate", CodeSource::kUnitTest},
    {kMissingStrings, "kMissingStrings", CodeSource::kUnitTest},
    {kPublishedDeleted, "kPublishedDeleted", CodeSource::kUnitTest},
    {kIndexNoChanged, "kIndexNoChanged", CodeSource::kUnitTest},
    {kAddressChanged, "kAddressChanged", CodeSource::kUnitTest},
    {kChangeWithoutNote, "kChangeWithoutNote", CodeSource::kUnitTest},
    {kWithdrawnReturned, "kWithdrawnReturned", CodeSource::kUnitTest},
    {kBrokenLink, "kBrokenLink", CodeSource::kUnitTest},
    {kBrokenAnchor, "kBrokenAnchor", CodeSource::kUnitTest},
};

}  // namespace disclose
