// Measures the site's search against Pagefind on the same built pages, in
// Debian's headless Chromium: index size per document, cold and warm query
// time, bytes a query downloads, and how well each ranks what a citizen
// types. usage: node bench/search.mjs SITE_DIR [QUERIES]
// SITE_DIR is a site built by disclose with Pagefind's index in
// SITE_DIR/pagefind (bench/search makes both).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = process.argv[2];
const sampleSize = Number(process.argv[3] || 200);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm',
};
// A page without the site's Content-Security-Policy, which would not let
// Pagefind compile its WebAssembly.
const pagefindPage = `<!DOCTYPE html><meta charset="utf-8"><title>pagefind</title>
<script type="module">
window.pagefind = await import('/pagefind/pagefind.js');
await window.pagefind.init();
window.ready = true;
</script>`;

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/bench-pagefind.html') {
    res.writeHead(200, { 'content-type': types['.html'] }).end(pagefindPage);
    return;
  }
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404).end(); return; }
  // As a static host serves them: cacheable for an hour.
  res.writeHead(200, {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': 'public, max-age=3600',
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- Sizes ----

function filesBelow(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(p)); else out.push(p);
  }
  return out;
}
function bytes(files, gzip = false) {
  return files.reduce((sum, f) => {
    const data = readFileSync(f);
    return sum + (gzip ? gzipSync(data).length : data.length);
  }, 0);
}

const manifest = JSON.parse(readFileSync(join(root, 'search/meta.json'), 'utf8'));
const count = manifest.documents;
const docs = [];
for (let id = 0; id < count; id++) {
  docs.push(JSON.parse(readFileSync(join(root, `search/docs/${id}.json`), 'utf8')));
}
const ours = {
  index: [join(root, 'search/meta.json'), ...filesBelow(join(root, 'search/shards'))],
  docs: filesBelow(join(root, 'search/docs')),
};
const pf = {
  index: filesBelow(join(root, 'pagefind')).filter((f) => /\.pf_(index|meta)$/.test(f) || f.endsWith('.pagefind')),
  docs: filesBelow(join(root, 'pagefind/fragment')),
};

// ---- Queries ----

const fold = (s) => Array.from(String(s).normalize('NFKC').toLowerCase())
  .filter((c) => /[\p{L}\p{M}\p{N}]/u.test(c)).join('');
function random(seed) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}
const next = random(20051130);
function piece(text, min, max) {
  const chars = Array.from(text);
  for (let tries = 0; tries < 20; tries++) {
    const length = min + Math.floor(next() * (max - min + 1));
    const at = Math.floor(next() * Math.max(1, chars.length - length + 1));
    const q = chars.slice(at, at + length).join('');
    if (fold(q).length === Array.from(q).length && fold(q).length >= min) return q;
  }
  return null;
}
const titleQueries = [];
const phraseQueries = [];
while (titleQueries.length < sampleSize) {
  const id = Math.floor(next() * count);
  const q = piece(docs[id].title, 2, 4);
  if (q) titleQueries.push({ id, q });
}
while (phraseQueries.length < sampleSize / 2) {
  const id = Math.floor(next() * count);
  const q = docs[id].body && piece(docs[id].body, 4, 8);
  if (q) phraseQueries.push({ id, q });
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update'],
});

// An engine: open(page) and search(page, q) -> top ten [{url, text}].
const engines = {
  disclose: {
    path: '/search/',
    ready: () => window.DiscloseSearch !== undefined,
    search: async (q) => {
      const ids = await window.DiscloseSearch.find(q);
      const top = await Promise.all(ids.slice(0, 10).map((id) => window.DiscloseSearch.doc(id)));
      return { total: ids.length, top: top.map((d) => ({ url: d.url, text: [d.title, d.doc_no, d.index_no, d.keywords, d.summary, d.body].join(' ') })) };
    },
  },
  pagefind: {
    path: '/bench-pagefind.html',
    ready: () => window.ready === true,
    search: async (q) => {
      const found = await window.pagefind.search(q);
      const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return { total: found.results.length, top: top.map((d) => ({ url: d.url.replace(/index\.html$/, ''), text: d.meta.title + ' ' + d.content })) };
    },
  },
};

async function open(engine) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let transferred = 0;
  page.on('response', async (r) => {
    try { transferred += (await r.body()).length; } catch { /* redirects */ }
  });
  await page.goto(base + engine.path);
  await page.waitForFunction(engine.ready);
  return { context, page, transferred: () => transferred, reset: () => { transferred = 0; } };
}

async function timed(session, engine, q) {
  const start = process.hrtime.bigint();
  const result = await session.page.evaluate(engine.search, q);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, ...result };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const pct = (n, d) => `${(100 * n / d).toFixed(1)}%`;

const report = {};
for (const [name, engine] of Object.entries(engines)) {
  // Cold: a fresh browser profile for each of the first 20 queries.
  const cold = [];
  const coldBytes = [];
  for (const { q } of titleQueries.slice(0, 20)) {
    const session = await open(engine);
    session.reset();
    cold.push((await timed(session, engine, q)).ms);
    await new Promise((ok) => setTimeout(ok, 50));
    coldBytes.push(session.transferred());
    await session.context.close();
  }
  // Warm: every query in one page, one after another.
  const session = await open(engine);
  const warm = [];
  let inTop10 = 0; let first = 0; let unambiguous = 0; let unambiguousTop10 = 0;
  let shown = 0; let holding = 0;
  for (const { id, q } of titleQueries) {
    const r = await timed(session, engine, q);
    warm.push(r.ms);
    const rank = r.top.findIndex((t) => t.url === docs[id].url);
    if (rank >= 0) inTop10++;
    if (rank === 0) first++;
    const titles = docs.filter((d) => fold(d.title).includes(fold(q))).length;
    if (titles <= 10) {
      unambiguous++;
      if (rank >= 0) unambiguousTop10++;
    }
    for (const t of r.top) {
      shown++;
      if (fold(t.text).includes(fold(q))) holding++;
    }
  }
  let phraseHits = 0;
  for (const { q } of phraseQueries) {
    const r = await timed(session, engine, `"${q}"`);
    if (r.top.some((t) => fold(t.text).includes(fold(q)))) phraseHits++;
  }
  await session.context.close();
  report[name] = {
    cold: median(cold), warm: median(warm), coldBytes: median(coldBytes),
    inTop10: pct(inTop10, titleQueries.length), first: pct(first, titleQueries.length),
    unambiguous: `${pct(unambiguousTop10, unambiguous)} of ${unambiguous}`,
    holding: pct(holding, shown),
    phraseMiss: pct(phraseQueries.length - phraseHits, phraseQueries.length),
  };
}
await browser.close();
server.close();

const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
console.log(`documents: ${count}; title queries: ${titleQueries.length} (2-4 characters); quoted phrases: ${phraseQueries.length} (4-8 characters of a body)`);
console.log('| figure | disclose | Pagefind 1.6 |');
console.log('|---|---|---|');
console.log(`| index per document (bytes on disk) | ${kib(bytes(ours.index) / count)} | ${kib(bytes(pf.index) / count)} |`);
console.log(`| index per document, gzip | ${kib(bytes(ours.index, true) / count)} | (stored gzipped) |`);
console.log(`| text for results per document | ${kib(bytes(ours.docs) / count)} | ${kib(bytes(pf.docs) / count)} |`);
for (const [label, key, fmt] of [
  ['cold query, median (fresh profile, top ten fetched)', 'cold', (v) => `${v.toFixed(0)} ms`],
  ['bytes a cold query downloads, median', 'coldBytes', kib],
  ['warm query, median', 'warm', (v) => `${v.toFixed(1)} ms`],
  ['wanted document in the top ten', 'inTop10', String],
  ['wanted document first', 'first', String],
  ['in the top ten when at most ten titles hold the piece', 'unambiguous', String],
  ['top-ten results that contain what was typed', 'holding', String],
  ['quoted phrases with no result holding them in the top ten', 'phraseMiss', String],
]) {
  console.log(`| ${label} | ${fmt(report.disclose[key])} | ${fmt(report.pagefind[key])} |`);
}
