// What the browser tests share: the disclose binary, a static server for a
// built site (as any web server serves it), Debian's Chromium, and axe.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync, cpSync, writeFileSync } from 'node:fs';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const binary = process.env.DISCLOSE_BINARY || join(repo, 'build/disclose');

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml',
};

// Serves the files below root; resolves with {base, server, requests}:
// requests lists every path asked for, in order.
export async function serveDirectory(root) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    let file = join(root, path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html'] }).end(readFileSync(join(root, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}`, server, requests };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// The WCAG 2.1 A and AA violations axe finds on the page, one line each.
export async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

// A copy of the sample in dir/sample, published twice with an amendment in
// between, so that the history, version and comparison pages exist.
// Returns the published site's folder.
export function publishSample(dir) {
  const site = join(dir, 'sample');
  cpSync(join(repo, 'content'), join(site, 'content'), { recursive: true });
  cpSync(join(repo, 'themes'), join(site, 'themes'), { recursive: true });
  execFileSync(binary, ['publish', '--site', site, '--quiet']);
  const fees = join(site, 'content/fees/2005/city-hospital-outpatient-fees.md');
  writeFileSync(fees, readFileSync(fees, 'utf8')
    .replace('| 专家门诊诊查费 | 人次 | 8-10 |', '| 专家门诊诊查费 | 人次 | 10-12 |')
    .replace('3月1日起执行', '4月1日起执行')
    .replace('validity: 有效', 'change_note: 调整专家门诊诊查费\nvalidity: 有效'));
  execFileSync(binary, ['publish', '--site', site, '--quiet']);
  return join(site, 'public');
}

// One page of every kind the site has.
export const pages = [
  '/', '/catalogue/', '/departments/', '/departments/zwzx/', '/fees/',
  '/news/2005/provincial-open-government-plan/',
  '/fees/2005/city-hospital-outpatient-fees/',
  '/notices/2004/window-work-interim-rules/',
  '/assessments/2004/window-ratings-2004-11/', '/categories/', '/years/2005/',
  '/assessments/', '/assessments/2004-12/', '/departments/xiaofang/',
  '/departments/zhengfuban/', '/guides/2005/construction-permit/',
  '/guides/2005/tax-payment-certificate/',
  '/fees/2005/city-hospital-outpatient-fees/history/',
  '/fees/2005/city-hospital-outpatient-fees/v/1/',
  '/fees/2005/city-hospital-outpatient-fees/diff/2/',
  '/updates/', '/sitemap/', '/search/', '/search/?q=%E6%94%B6%E8%B4%B9',
  '/no-such-page/',
];
