// A fee table whose cells a spreadsheet program would run as formulas:
// the built fees-N.csv, read back with Python's csv module the way a
// spreadsheet program reads it, gives every cell as text behind an
// apostrophe, and nothing else of the file changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunCommand;
using testing::SampleCopy;
using testing::Slurp;

constexpr char kFees[] = "content/fees/2005/city-hospital-outpatient-fees.md";

TEST(CsvTest, FormulasInCellsReachTheSpreadsheetAsText) {
  SampleCopy copy;
  copy.Edit(
      kFees, "| 1 | 普通门诊挂号费 | 人次 | 1 | 含病历首页 |",
      "| 1 | 普通门诊挂号费 | 人次 | 1 | =HYPERLINK(\"http://x.example/\","
      "\"点此\") |");
  copy.Edit(kFees, "| 2 | 急诊挂号费 | 人次 | 1 | |",
            "| 2 | 急诊挂号费 | 人次 | 1 | @SUM(A1:A9) |");
  copy.Edit(kFees, "| 7 | 急诊诊查费 | 人次 | 3 | |",
            "| 7 | +cmd\\|' /C calc'!A0 | 人次 | 3 | -2+3 |");
  const fs::path out = copy.dir() / "out";
  CommandResult built = copy.Disclose("build --out " + out.string());
  ASSERT_EQ(built.exit_code, 0) << built.err;
  const fs::path csv =
      out / "fees/2005/city-hospital-outpatient-fees/fees-1.csv";
  ASSERT_TRUE(fs::exists(csv)) << csv;

  // One line per row, its cells joined by " | ", as csv.reader reads them.
  const fs::path script = copy.dir() / "read.py";
  std::ofstream(script) << "import csv, sys\n"
                           "with open(sys.argv[1], newline='', "
                           "encoding='utf-8-sig') as f:\n"
                           "    for row in csv.reader(f):\n"
                           "        print(' | '.join(row))\n";
  CommandResult read =
      RunCommand("python3 " + script.string() + " " + csv.string(),
                 copy.dir() / "read.err");
  ASSERT_EQ(read.exit_code, 0) << read.err;
  EXPECT_NE(read.out.find("\n1 | 普通门诊挂号费 | 人次 | 1 | "
                          "'=HYPERLINK(\"http://x.example/\",\"点此\") | "),
            std::string::npos)
      << read.out;
  EXPECT_NE(read.out.find("\n2 | 急诊挂号费 | 人次 | 1 | '@SUM(A1:A9) | "),
            std::string::npos)
      << read.out;
  EXPECT_NE(read.out.find("\n7 | '+cmd|' /C calc'!A0 | 人次 | 3 | '-2+3 | "),
            std::string::npos)
      << read.out;
  // No cell of the file starts a formula.
  std::istringstream lines(read.out);
  for (std::string line; std::getline(lines, line);) {
    for (size_t at = 0; at != std::string::npos;) {
      const char first = line[at];
      EXPECT_EQ(std::string("=+-@").find(first), std::string::npos) << line;
      at = line.find(" | ", at);
      if (at != std::string::npos) at += 3;
      if (at >= line.size()) break;
    }
  }
  // The JSON beside it keeps the cell exactly as written.
  EXPECT_NE(Slurp(out / "fees/2005/city-hospital-outpatient-fees/fees-1.json")
                .find("\"@SUM(A1:A9)\""),
            std::string::npos);
}

}  // namespace
}  // namespace disclose
