// `disclose serve` as an author meets it: the preview open in Debian's
// headless Chromium follows edits on disk without a manual reload, shows the
// diagnostics as a page while the content is invalid, and comes back when it
// is fixed. Run with `npm test`; the binary is $DISCLOSE_BINARY (default:
// build/disclose of the repository).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const binary = process.env.DISCLOSE_BINARY || join(repo, 'build/disclose');
const docPath = 'content/news/2005/provincial-open-government-plan.md';
const pagePath = 'news/2005/provincial-open-government-plan/';

let site, serve, exited, base, browser;

// A port nobody listens on right now.
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

// Resolves with the first stdout line that says where the preview is.
function address(child) {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`no address in 15 s: ${out}`)), 15000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/^serving (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C stops\)$/m);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`disclose serve exited with ${code}`)));
  });
}

// Polls fn until it returns true; the milliseconds it took.
async function eventually(fn, what, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await fn()) return Date.now() - start;
    } catch {
      // The page is reloading: ask again.
    }
    if (Date.now() - start > timeout) assert.fail(`${what}: not within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function edit(from, to) {
  const file = join(site, docPath);
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${docPath} has ${from}`);
  writeFileSync(file, text.replace(from, to));
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'disclose-serve-'));
  cpSync(join(repo, 'content'), join(site, 'content'), { recursive: true });
  cpSync(join(repo, 'themes'), join(site, 'themes'), { recursive: true });
  const port = await freePort();
  serve = spawn(binary, ['serve', '--port', String(port), '--site', site],
                { stdio: ['ignore', 'pipe', 'pipe'] });
  serve.stderr.on('data', (chunk) => process.stderr.write(chunk));
  exited = new Promise((ok) => serve.on('exit', (code, signal) => ok({ code, signal })));
  base = await address(serve);
  assert.equal(base, `http://127.0.0.1:${port}/`);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null) {
    serve.kill('SIGKILL');
    await exited;
  }
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the open page follows edits on disk, shows diagnostics, and comes back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + pagePath);
  // Gone once the page has reloaded itself (the test never reloads it).
  await page.evaluate(() => { window.beforeTheEdit = true; });
  const title = await page.textContent('h1');
  assert.ok(title.length > 0);

  // An edit: the page changes by itself.
  edit(`title: ${title}`, `title: ${title}（已修订）`);
  const shown = await eventually(
    async () => (await page.textContent('h1')) === `${title}（已修订）`,
    'the edited title');
  console.log(`edit shown in the browser after ${shown} ms`);
  assert.equal(await page.evaluate(() => window.beforeTheEdit), undefined,
               'the page reloaded itself');

  // An invalid edit: the page becomes the list of problems.
  edit('validity: 有效', 'validity: <b>有用</b>');
  await eventually(
    async () => (await page.textContent('h1')) === '预览暂停：内容有 1 个错误',
    'the diagnostics page');
  const item = await page.textContent('ol.diagnostics li');
  assert.match(item, new RegExp(`^${docPath}:\\d+:\\d+ error\\[D205\\]: 有效性（validity）` +
                                '应为以下之一：有效、失效、废止，现为“<b>有用</b>”$'));
  assert.equal(await page.$('ol.diagnostics b'), null, 'the text is escaped, not markup');
  const violations = (await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
  assert.deepEqual(violations.map((v) => v.id), []);
  // Assets of the last good build are still served.
  const css = await page.request.get(base + 'assets/style.css');
  assert.equal(css.status(), 200);

  // Fixed again: the page is back.
  edit('validity: <b>有用</b>', 'validity: 有效');
  await eventually(
    async () => (await page.textContent('h1')) === `${title}（已修订）`,
    'the page after the fix');
  await context.close();
});

test('serve stops cleanly and never wrote into the site', async () => {
  serve.kill('SIGTERM');
  const { code } = await exited;
  assert.equal(code, 0);
  assert.equal(existsSync(join(site, 'public')), false);
});
