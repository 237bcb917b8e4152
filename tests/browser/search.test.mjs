// The search page as citizens use it, in Debian's headless Chromium: words
// typed into the search field of the built sample site. Every fragment of
// every title finds its document near the top, every result holds what was
// typed, filters narrow, and without JavaScript the page points to the
// catalogue. Run with `npm test` after building disclose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, binary, serveDirectory, launchChromium, axe } from './support.mjs';

let out, site, server, base, requests, browser, page, docs;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'disclose-search-'));
  site = join(out, 'site');
  execFileSync(binary, ['build', '--site', repo, '--out', site, '--quiet']);
  ({ base, server, requests } = await serveDirectory(site));
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  // What the index holds: id -> {url, title, ...}.
  const manifest = JSON.parse(readFileSync(join(site, 'search/meta.json'), 'utf8'));
  docs = [];
  for (let id = 0; id < manifest.documents; id++) {
    docs.push(JSON.parse(readFileSync(join(site, `search/docs/${id}.json`), 'utf8')));
  }
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

// Types q into the search field of `from` and submits it as a reader does;
// resolves with the status line and the results: [{url, text, marks}].
async function search(q, from = '/search/') {
  await page.goto(base + from);
  const field = from === '/search/' ? '#search-q' : '#site-search-q';
  await page.fill(field, q);
  await page.press(field, 'Enter');
  await page.waitForURL(/\/search\/\?/);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status');
    return s && s.textContent && !/正在搜索/.test(s.textContent);
  });
  return {
    status: await page.textContent('#search-status'),
    results: await page.$$eval('#search-list > li', (items) => items.map((li) => ({
      url: li.querySelector('h3 a').getAttribute('href'),
      text: li.textContent,
      marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
    }))),
  };
}

// What the page folds text to: letters and numbers only, lower case.
const fold = (s) => Array.from(s.normalize('NFKC').toLowerCase())
  .filter((c) => /[\p{L}\p{M}\p{N}]/u.test(c)).join('');

// A deterministic stream of numbers in [0, 1).
function random(seed) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

test('random 2-4 character pieces of every title find the document among the title matches', async () => {
  const next = random(20051130);
  const ranks = [];
  for (const doc of docs) {
    const chars = Array.from(doc.title);
    for (let n = 0; n < 3; n++) {
      const length = 2 + Math.floor(next() * 3);
      const at = Math.floor(next() * (chars.length - length + 1));
      const q = chars.slice(at, at + length).join('');
      if (fold(q).length < 2) continue;  // punctuation only: nothing to find
      const { results } = await search(q);
      const rank = results.findIndex((r) => r.url === doc.url);
      assert.ok(rank >= 0, `「${q}」 does not find ${doc.title}`);
      // Only documents with the piece in their titles rank above it (and
      // among those, the newer); below ten only when more titles hold it.
      for (const r of results.slice(0, rank)) {
        const above = docs.find((d) => d.url === r.url);
        assert.ok(fold(above.title).includes(fold(q)), `「${q}」 ranks ${above.title} above ${doc.title}`);
      }
      ranks.push(rank);
      // Every result holds what was typed, and shows where.
      for (const r of results) {
        assert.ok(r.marks.some((m) => fold(m).includes(fold(q)) || fold(q).includes(fold(m))),
          `「${q}」: ${r.text} shows no match`);
      }
    }
  }
  const first = ranks.filter((r) => r === 0).length;
  const top = ranks.filter((r) => r < 10).length;
  console.log(`title pieces: ${ranks.length} queries, ranked first ${first}, ` +
              `in the top ten ${top}`);
});

test('a whole title ranks its document first', async () => {
  for (const doc of docs) {
    const { results } = await search(doc.title);
    assert.equal(results[0]?.url, doc.url, doc.title);
  }
});

test('a quoted phrase is found as written; words apart need not be together', async () => {
  const phrase = await search('"窗口 考核"');
  assert.match(phrase.status, /^共找到 \d+ 份文件$/);
  const apart = await search('窗口 考核');
  assert.ok(apart.results.length >= phrase.results.length);
  for (const r of phrase.results) {
    const doc = docs.find((d) => d.url === r.url);
    const text = fold([doc.title, doc.summary, doc.keywords, doc.body].join(' '));
    assert.ok(text.includes('窗口考核'), doc.title);
  }
});

test('numbers, 文号 and 索引号 are found as typed', async () => {
  const withNo = docs.find((d) => d.doc_no);
  const byNo = await search(withNo.doc_no);
  assert.equal(byNo.results[0]?.url, withNo.url, withNo.doc_no);
  const byIndex = await search(docs[3].index_no);
  assert.equal(byIndex.results[0]?.url, docs[3].url, docs[3].index_no);
  assert.equal(byIndex.results.length, 1);
});

test('the header search box of every page leads to the results', async () => {
  const { status, results } = await search('门诊', '/fees/');
  assert.equal(status, '共找到 1 份文件');
  assert.equal(results[0].url, '/fees/2005/city-hospital-outpatient-fees/');
});

test('nothing found, and single characters, are said plainly', async () => {
  assert.equal((await search('量子计算')).status, '没有找到包含“量子计算”的文件。');
  assert.equal((await search('门')).status, '请输入至少两个连续的字。');
  const mixed = await search('门诊 费 标准');
  assert.match(mixed.status, /^共找到 1 份文件；已忽略单个的字：费$/);
});

test('filters narrow the results and say so in the address', async () => {
  const all = await search('收费');
  await page.goto(base + '/search/?q=' + encodeURIComponent('收费') + '&department=zwzx');
  await page.waitForFunction(() => /份文件|没有找到/.test(document.getElementById('search-status').textContent));
  const narrowed = await page.$$eval('#search-list > li .result-meta', (m) => m.map((e) => e.textContent));
  assert.ok(narrowed.length > 0 && narrowed.length < all.results.length, `${narrowed.length}`);
  for (const meta of narrowed) assert.match(meta, /^市政务服务中心 · /);
  assert.equal(await page.inputValue('#filter-department'), 'zwzx');
  // By year and type together.
  await page.goto(base + '/search/?q=' + encodeURIComponent('窗口') + '&year=2004&type=assessment');
  await page.waitForFunction(() => /份文件|没有找到/.test(document.getElementById('search-status').textContent));
  const dates = await page.$$eval('#search-list > li .result-meta', (m) => m.map((e) => e.textContent));
  assert.ok(dates.length > 0);
  for (const meta of dates) assert.match(meta, / · 2004-\d\d-\d\d · 考核通报/);
});

test('a query fetches the manifest, its shards and the files of the results it shows', async () => {
  requests.length = 0;
  const { results } = await search('收费标准');
  const search_files = requests.filter((p) => p.startsWith('/search/') && p !== '/search/');
  const shards = search_files.filter((p) => p.startsWith('/search/shards/'));
  const files = search_files.filter((p) => p.startsWith('/search/docs/'));
  assert.ok(shards.length >= 1 && shards.length <= 3, shards.join(' '));
  assert.equal(files.length, results.length);
  assert.ok(readdirSync(join(site, 'search/shards')).length >= shards.length);
});

test('the results page has no WCAG 2.1 AA violations', async () => {
  await search('收费');
  assert.deepEqual(await axe(page), []);
});

test('without JavaScript the search page points to the catalogue', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const off = await context.newPage();
  await off.goto(base + '/');
  await off.fill('#site-search-q', '收费');
  await off.press('#site-search-q', 'Enter');
  await off.waitForURL(/\/search\/\?q=/);
  assert.ok(await off.isVisible('#search-fallback a[href="/catalogue/"]'));
  assert.equal(await off.isVisible('#search-results'), false);
  await context.close();
});
