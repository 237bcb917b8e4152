#include "base/text_diff.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <utility>

#include "base/text.h"

namespace disclose {
namespace {

std::string Show(const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    switch (s.kind) {
      case DiffSpan::kEqual:
        out += s.text;
        break;
      case DiffSpan::kInsert:
        out += "[+" + s.text + "]";
        break;
      case DiffSpan::kDelete:
        out += "[-" + s.text + "]";
        break;
    }
  }
  return out;
}

TEST(TextDiffTest, ComparesChineseByCharacter) {
  EXPECT_EQ(Show(DiffChars("专家门诊诊查费8元", "专家门诊挂号费10元")),
            "专家门诊[-诊查][+挂号]费[-8][+10]元");
}

TEST(TextDiffTest, EqualTextsAreOneSpan) {
  auto spans = DiffChars("收费公示", "收费公示");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].kind, DiffSpan::kEqual);
}

TEST(TextDiffTest, HandlesEmptySides) {
  EXPECT_EQ(Show(DiffChars("", "新增")), "[+新增]");
  EXPECT_EQ(Show(DiffChars("删除", "")), "[-删除]");
  EXPECT_TRUE(DiffChars("", "").empty());
}

TEST(TextDiffTest, FallsBackToReplaceBeyondTheEditBound) {
  EXPECT_EQ(Show(DiffChars("abcd", "wxyz", 2)), "[-abcd][+wxyz]");
}

TEST(TextDiffTest, KeepsCommonPrefixAndSuffix) {
  EXPECT_EQ(Show(DiffChars("自2005年3月1日起执行", "自2005年4月1日起执行")),
            "自2005年[-3][+4]月1日起执行");
}

// Of equally short diffs the one that matches common text early is chosen,
// as the single forward search used before did, so diff pages mostly keep
// showing the same choice.
TEST(TextDiffTest, LeansToMatchingCommonTextEarly) {
  EXPECT_EQ(Show(DiffChars("8-10 人次", "10-12 人次")), "[-8-]10[+-12] 人次");
  EXPECT_EQ(Show(DiffChars("延长10个工作日", "延长10个工作个工作日")),
            "延长10个工作[+个工作]日");
}

// What the spans spell on one side: `before` without inserts, `after`
// without deletes.
std::string Spell(const std::vector<DiffSpan>& spans, DiffSpan::Kind skip) {
  std::string out;
  for (const auto& s : spans) {
    if (s.kind != skip) out += s.text;
  }
  return out;
}

size_t EditedChars(const std::vector<DiffSpan>& spans) {
  size_t n = 0;
  for (const auto& s : spans) {
    if (s.kind != DiffSpan::kEqual) n += CountChars(s.text);
  }
  return n;
}

// Length of a longest common subsequence, by the textbook O(N*M) table.
size_t Lcs(const std::string& before, const std::string& after) {
  const std::vector<std::string> a = SplitChars(before);
  const std::vector<std::string> b = SplitChars(after);
  std::vector<std::vector<size_t>> t(a.size() + 1,
                                     std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                                     : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

// No empty span, no two neighbours of one kind, no insert right before a
// delete.
void ExpectMergedRuns(const std::vector<DiffSpan>& spans) {
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_FALSE(spans[i].text.empty());
    if (i == 0) continue;
    EXPECT_NE(spans[i - 1].kind, spans[i].kind);
    EXPECT_FALSE(spans[i - 1].kind == DiffSpan::kInsert &&
                 spans[i].kind == DiffSpan::kDelete);
  }
}

// Pseudo-random texts over small alphabets, so that they share many runs.
// The generator's own output is used (not std::uniform_int_distribution,
// whose results differ between standard libraries): the seed fixes the cases.
class TextSource {
 public:
  explicit TextSource(uint32_t seed) : rng_(seed) {}

  size_t Below(size_t n) { return static_cast<size_t>(rng_() % n); }

  std::string Text(const std::vector<std::string>& alphabet, size_t length) {
    std::string out;
    for (size_t i = 0; i < length; ++i) out += alphabet[Below(alphabet.size())];
    return out;
  }

  // `text` with a few code points deleted, replaced or inserted.
  std::string Edit(const std::string& text,
                   const std::vector<std::string>& alphabet) {
    std::string out;
    for (const std::string& c : SplitChars(text)) {
      switch (Below(6)) {
        case 0:
          break;
        case 1:
          out += Text(alphabet, 1);
          break;
        case 2:
          out += c + Text(alphabet, 1 + Below(3));
          break;
        default:
          out += c;
      }
    }
    return out;
  }

 private:
  std::mt19937 rng_;
};

std::vector<std::pair<std::string, std::string>> RandomPairs() {
  const std::vector<std::vector<std::string>> alphabets = {
      {"a", "b"},
      {"甲", "乙", "丙"},
      {"a", "b", "收", "费", "\n"},
      {"元", "1", "0", ".", " ", "诊", "查", "费", "x", "😀"},
  };
  TextSource source(20240611);
  std::vector<std::pair<std::string, std::string>> pairs;
  for (int i = 0; i < 400; ++i) {
    const auto& alphabet = alphabets[static_cast<size_t>(i) % alphabets.size()];
    std::string before = source.Text(alphabet, source.Below(30));
    std::string after = i % 3 == 0 ? source.Text(alphabet, source.Below(30))
                                   : source.Edit(before, alphabet);
    pairs.emplace_back(std::move(before), std::move(after));
  }
  return pairs;
}

TEST(TextDiffTest, RandomPairsGiveExactMinimalMergedSpans) {
  for (const auto& [before, after] : RandomPairs()) {
    SCOPED_TRACE("before=\"" + before + "\" after=\"" + after + "\"");
    const std::vector<DiffSpan> spans = DiffChars(before, after);
    EXPECT_EQ(Spell(spans, DiffSpan::kInsert), before);
    EXPECT_EQ(Spell(spans, DiffSpan::kDelete), after);
    EXPECT_EQ(EditedChars(spans),
              CountChars(before) + CountChars(after) - 2 * Lcs(before, after));
    ExpectMergedRuns(spans);
  }
}

TEST(TextDiffTest, FallsBackExactlyWhenTheMinimalDiffExceedsTheBound) {
  for (const auto& [before, after] : RandomPairs()) {
    SCOPED_TRACE("before=\"" + before + "\" after=\"" + after + "\"");
    const std::vector<DiffSpan> spans = DiffChars(before, after);
    const int edits = static_cast<int>(EditedChars(spans));
    EXPECT_EQ(Show(DiffChars(before, after, edits)), Show(spans));
    std::vector<DiffSpan> replace;
    if (!before.empty()) replace.push_back({DiffSpan::kDelete, before});
    if (!after.empty()) replace.push_back({DiffSpan::kInsert, after});
    EXPECT_EQ(Show(DiffChars(before, after, edits - 1)), Show(replace));
  }
}

TEST(TextDiffTest, ComparesInvalidUtf8AsSplitCharsSplitsIt) {
  EXPECT_EQ(Show(DiffChars("a\xff\x80"
                           "b",
                           "a\xff"
                           "b")),
            "a[-\xff\x80][+\xff]b");
}

// What the child process of the large test reports to the test.
struct LargeRun {
  bool exact = false;
  size_t edited = 0;
  size_t expected_edited = 0;
  long peak_rss_increase_kb = 0;
  double seconds = 0;
};

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// A 20,000-character Chinese text with every third character replaced by
// one the text does not use, so the minimal diff edits exactly two code
// points for each replaced one.
LargeRun DiffLargeRewrite() {
  const std::vector<std::string> words = SplitChars(
      "本机关依法主动公开政府信息收费项目标准依据办理流程时限地点电话监督"
      "投诉渠道申请人可以通过网站信函当面等方式提出，。；：、");
  const std::vector<std::string> others = SplitChars("甲乙丙丁戊己庚辛壬癸");
  TextSource source(7);
  std::string before;
  std::string after;
  LargeRun run;
  for (int i = 0; i < 20000; ++i) {
    const std::string c = words[source.Below(words.size())];
    before += c;
    after += i % 3 == 2 ? others[source.Below(others.size())] : c;
    if (i % 3 == 2) run.expected_edited += 2;
  }
  const long rss = PeakRssKb();
  const auto start = std::chrono::steady_clock::now();
  const std::vector<DiffSpan> spans = DiffChars(before, after);
  run.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  run.peak_rss_increase_kb = PeakRssKb() - rss;
  run.exact = Spell(spans, DiffSpan::kInsert) == before &&
              Spell(spans, DiffSpan::kDelete) == after;
  run.edited = EditedChars(spans);
  return run;
}

// ru_maxrss is the high-water mark of the whole process, so the diff runs in
// a child whose mark no earlier test has raised.
TEST(TextDiffTest, LargeChineseRewriteStaysExactInBoundedMemory) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    const LargeRun run = DiffLargeRewrite();
    const bool sent = write(fds[1], &run, sizeof run) == sizeof run;
    _exit(sent ? 0 : 1);
  }
  close(fds[1]);
  LargeRun run;
  const ssize_t got = read(fds[0], &run, sizeof run);
  close(fds[0]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_EQ(got, static_cast<ssize_t>(sizeof run));
  std::printf(
      "[   INFO   ] 20000 characters, %zu edited: %.3f s, peak RSS "
      "+%ld KB\n",
      run.edited, run.seconds, run.peak_rss_increase_kb);
  EXPECT_TRUE(run.exact);
  EXPECT_EQ(run.edited, run.expected_edited);
  EXPECT_LT(run.peak_rss_increase_kb, 64L * 1024);
}

}  // namespace
}  // namespace disclose
