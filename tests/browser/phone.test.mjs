// The site on phones and at every width, in Debian's headless Chromium: no
// page of any kind scrolls sideways at 320, 360, 768 or 1280 px; the header
// takes at most a quarter of a 360 x 640 screen; lists of documents are
// cards with the title first; wide tables scroll inside their own labelled
// region and never squeeze a cell below four characters; the menu opens
// without JavaScript. Screenshots of every page at every width are written
// to $DISCLOSE_SCREENSHOTS when it is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishSample, pages, serveDirectory, launchChromium } from './support.mjs';

let out, server, base, browser;
const shots = process.env.DISCLOSE_SCREENSHOTS;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'disclose-phone-'));
  ({ base, server } = await serveDirectory(publishSample(out)));
  browser = await launchChromium();
  if (shots) mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(width, height, path, options = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...options });
  const page = await context.newPage();
  await page.goto(base + path);
  if (path.startsWith('/search/?') && options.javaScriptEnabled !== false) {
    await page.waitForFunction(() => /份文件|没有找到/.test(document.getElementById('search-status').textContent));
  }
  return page;
}

for (const width of [320, 360, 768, 1280]) {
  test(`no page scrolls sideways at ${width} px`, async () => {
    const overflowing = [];
    for (const path of pages) {
      const page = await open(width, 800, path);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) {
        const culprits = await page.evaluate((w) => Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > w + 1 &&
                         !e.closest('.table-scroll'))
          .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`), width);
        overflowing.push(`${path}: ${scroll} px (${culprits.join(', ')})`);
      }
      if (shots) {
        const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        await page.screenshot({ path: join(shots, `${width}-${name}.png`), fullPage: true });
      }
      await page.context().close();
    }
    assert.deepEqual(overflowing, []);
  });
}

test('the header takes at most a quarter of a 360 x 640 screen on every page', async () => {
  for (const path of pages) {
    const page = await open(360, 640, path);
    const height = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    assert.ok(height <= 160, `${path}: ${height} px`);
    // The search box and the menu are in it; the navigation bar is not.
    assert.ok(await page.isVisible('#site-search-q'), path);
    assert.ok(await page.isVisible('.nav-menu > summary'), path);
    assert.equal(await page.isVisible('.site-nav'), false, path);
    await page.context().close();
  }
});

test('the menu opens without JavaScript and holds the navigation and the switches', async () => {
  const page = await open(360, 640, '/fees/', { javaScriptEnabled: false });
  assert.equal(await page.isVisible('.menu-panel a[href="/catalogue/"]'), false);
  await page.click('.nav-menu > summary');
  assert.ok(await page.isVisible('.menu-panel a[href="/catalogue/"]'));
  assert.equal(await page.getAttribute('.menu-panel a[href="/fees/"]', 'aria-current'), 'page');
  await page.click('.menu-panel label[for=pref-large]');
  assert.equal(await page.isChecked('#pref-large'), true);
  await page.click('.menu-panel a[href="/catalogue/"]');
  assert.match(page.url(), /\/catalogue\/$/);
  await page.context().close();
});

test('on a phone a list of documents is cards, the title first', async () => {
  const page = await open(360, 640, '/fees/');
  const cards = await page.$$eval('table.catalogue tbody tr', (rows) => rows.map((tr) => {
    const top = (sel) => tr.querySelector(sel).getBoundingClientRect().top;
    return {
      display: getComputedStyle(tr).display,
      titleFirst: top('.doc-title') < top('.doc-department') && top('.doc-department') < top('.index-no'),
      label: getComputedStyle(tr.querySelector('.index-no'), '::before').content,
    };
  }));
  assert.ok(cards.length >= 5);
  for (const card of cards) {
    assert.equal(card.display, 'flex');
    assert.ok(card.titleFirst);
    assert.equal(card.label, '"索引号："');
  }
  // On a wide screen the same list is a table.
  const wide = await open(1280, 800, '/fees/');
  assert.equal(await wide.$eval('table.catalogue tbody tr', (tr) => getComputedStyle(tr).display), 'table-row');
  await wide.context().close();
  await page.context().close();
});

test('fee and ranking tables never squeeze a cell below four characters; they scroll in a labelled region', async () => {
  for (const path of ['/fees/2005/city-hospital-outpatient-fees/', '/assessments/2004-12/', '/assessments/']) {
    const page = await open(320, 640, path);
    const tables = await page.$$eval('main table:not(.meta):not(.catalogue)', (all) => all.map((t) => {
      const region = t.closest('.table-scroll');
      const narrowest = Math.min(...Array.from(t.querySelectorAll('th, td'))
        .filter((c) => /[\u4e00-\u9fff]/.test(c.textContent))
        .map((c) => {
          const s = getComputedStyle(c);
          return (c.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)) / parseFloat(s.fontSize);
        }));
      return {
        region: region !== null && region.getAttribute('role') === 'region' &&
          region.hasAttribute('aria-label') && region.getAttribute('tabindex') === '0',
        narrowest,
      };
    }));
    assert.ok(tables.length > 0, path);
    for (const t of tables) {
      assert.ok(t.region, `${path}: a table outside a labelled scrolling region`);
      assert.ok(t.narrowest >= 3.95, `${path}: a cell ${t.narrowest.toFixed(2)} characters wide`);
    }
    await page.context().close();
  }
});
