// The built sample site as citizens meet it: pages in Debian's headless
// Chromium, checked with axe (WCAG 2.1 A and AA), by keyboard, and with
// JavaScript off. Run with `npm test` after building disclose; the binary is
// taken from $DISCLOSE_BINARY (default: build/disclose of the repository).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishSample, pages, serveDirectory, launchChromium, axe } from './support.mjs';

let out, server, base, browser;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'disclose-browser-'));
  ({ base, server } = await serveDirectory(publishSample(out)));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});


// axe needs a page of its own context.
async function newPage() {
  const context = await browser.newContext();
  return context.newPage();
}

for (const path of pages) {
  test(`${path} has no WCAG 2.1 AA violations`, async () => {
    const page = await newPage();
    await page.goto(base + path);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
}

test('every page satisfies its Content-Security-Policy, which blocks inline script', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const reported = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  for (const path of pages) {
    await page.goto(base + path);
    assert.match(
      await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'),
      /^default-src 'self'; /, path);
    // prefs.js runs: it dates the printout.
    assert.equal(await page.getAttribute('.print-date-line', 'hidden'), null, path);
    await page.click('.prefs-wide label[for=pref-contrast]');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], path);
  }
  assert.deepEqual(reported, []);
  // The policy bites: a script written into the page does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.equal(await page.evaluate(() => window.cspViolations.length), 1);
  await context.close();
});

test('large text and high contrast modes keep WCAG 2.1 AA', async () => {
  const page = await newPage();
  await page.goto(base + '/fees/2005/city-hospital-outpatient-fees/');
  const size = () => page.$eval('.doc-body p', (p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();
  await page.click('.prefs-wide label[for=pref-large]');
  assert.ok(await size() >= before * 1.2, 'large text makes the text larger');
  const background = () => page.$eval('main', (m) => getComputedStyle(m.closest('.page')).backgroundColor);
  const normal = await background();
  await page.click('.prefs-wide label[for=pref-contrast]');
  assert.notEqual(await background(), normal, 'high contrast changes the colours');
  assert.deepEqual(await axe(page), []);
  // The choice is remembered on the next page.
  await page.goto(base + '/catalogue/');
  assert.equal(await page.isChecked('#pref-large'), true);
  await page.context().close();
});

test('the first Tab reaches the skip link, which moves to the content', async () => {
  const page = await newPage();
  await page.goto(base + '/news/2005/provincial-open-government-plan/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await page.isVisible('.skip-link'));
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.context().close();
});

test('the preference switches are reached by keyboard and work, also without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.keyboard.press('Tab');  // the skip link
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pref-large');
    assert.equal(await page.getAttribute('#pref-large', 'role'), 'switch');
    // The focus shows as a ring on its label in the header.
    assert.equal(await page.$eval('.prefs-wide label[for=pref-large]',
      (l) => getComputedStyle(l).outlineStyle), 'solid', `script ${javaScriptEnabled}`);
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('#pref-large'), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pref-contrast');
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('#pref-contrast'), true);
    await context.close();
  }
});

test('the label of a banner is never the colour of its background', async () => {
  const page = await newPage();
  for (const path of ['/fees/2005/city-hospital-outpatient-fees/v/1/']) {
    await page.goto(base + path);
    const label = await page.$eval('.banner-label', (l) => {
      const s = getComputedStyle(l);
      return { color: s.color, background: s.backgroundColor };
    });
    assert.notEqual(label.background, 'rgba(0, 0, 0, 0)', path);
    assert.notEqual(label.background, label.color, path);
  }
  await page.context().close();
});

test('a printout carries the page address, its version and the print date', async () => {
  const page = await newPage();
  await page.goto(base + '/fees/2005/city-hospital-outpatient-fees/');
  assert.equal(await page.isVisible('.print-meta'), false, 'not on screen');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('.print-meta'));
  const text = await page.textContent('.print-meta');
  assert.match(text, /^本页地址：\S+\/fees\/2005\/city-hospital-outpatient-fees\/ · /);
  assert.match(text, / · 本页为第 2 版，\d{4}-\d\d-\d\d 公开 · /);
  const today = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  assert.match(text, new RegExp(`打印日期：${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}$`));
  assert.equal(await page.isVisible('.site-nav'), false);
  await page.context().close();
});

test('pages are complete with JavaScript off', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + '/fees/2005/city-hospital-outpatient-fees/');
  assert.equal(await page.textContent('h1'), '市第一人民医院2005年门诊收费标准公示');
  assert.ok(await page.isVisible('.doc-body table th[scope=col]'));
  assert.ok(await page.isVisible('a[href$="fees-1.csv"]'));
  await page.click('.prefs-wide label[for=pref-contrast]');
  assert.equal(await page.isChecked('#pref-contrast'), true, 'switches work without script');
  await page.goto(base + '/catalogue/');
  assert.ok((await page.$$('table.catalogue tbody tr')).length >= 12);
  await context.close();
});

test('body text has a line height of at least 1.3', async () => {
  const page = await newPage();
  await page.goto(base + '/news/2005/provincial-open-government-plan/');
  const ratios = await page.$$eval('p, li, td, th, h1, h2', (els) => els.map((e) => {
    const s = getComputedStyle(e);
    return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
  }));
  for (const r of ratios) assert.ok(r >= 1.3, `line height ratio ${r}`);
  await page.context().close();
});

test('a window record chart is an image with a text alternative, also in high contrast', async () => {
  const page = await newPage();
  await page.goto(base + '/departments/xiaofang/');
  const chart = page.getByRole('img', { name: '市消防支队历次考核结果图' });
  assert.equal(await chart.count(), 1);
  assert.match(await chart.getAttribute('aria-labelledby'), /record-chart-desc/);
  assert.match(await page.textContent('#record-chart-desc'), /2004年12月：考核分值末位/);
  // The same data stays a table, and the marks have shapes, not only colours.
  assert.equal(await page.locator('table.record-table tbody tr').count(), 2);
  assert.equal(await page.locator('svg polygon.mark-bottom').count(), 2);
  await page.click('.prefs-wide label[for=pref-contrast]');
  await page.click('.prefs-wide label[for=pref-large]');
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});
