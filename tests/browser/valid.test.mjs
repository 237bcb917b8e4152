// Every page of the published sample through the Nu Html Checker (npm
// vnu-jar, run with the machine's Java): no errors. Run with `npm test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { publishSample } from './support.mjs';

const require = createRequire(import.meta.url);
const jar = join(require.resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');
let out, site;

before(() => {
  out = mkdtempSync(join(tmpdir(), 'disclose-vnu-'));
  site = publishSample(out);
});

after(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function pagesBelow(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...pagesBelow(p));
    else if (entry.name.endsWith('.html')) found.push(p);
  }
  return found;
}

test('the Nu Html Checker finds no error on any page', () => {
  const pages = pagesBelow(site);
  assert.ok(pages.length > 100, `${pages.length} pages`);
  // vnu writes its JSON report to stderr, and exits 1 when it finds errors.
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', ...pages],
                        { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.error, undefined, String(run.error));
  const report = JSON.parse(run.stderr);
  assert.ok(report.version, run.stderr.slice(0, 500));
  const messages = report.messages
    .map((m) => `${relative(site, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(messages, []);
});
