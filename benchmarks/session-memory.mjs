// Memory per session and time to the first rows (BENCHMARKS.md, issue 14).
//
//   node session-memory.mjs --base http://localhost:8080 --pid <server pid> --sessions 20 \
//        --path cycles/5/results --first-cell NL01 --user lastfou%02d [--users 25]
//
// Opens N real sessions in headless Chromium (Debian's /usr/bin/chromium), each in its own browser context: logs in
// through the login form as the next user of the pattern and opens the path. For the first session it reports the time
// from navigation to the first grid row drawn, the bytes received for the page and the DOM's element count. The server's
// live heap is read from a class histogram (`jcmd <pid> GC.class_histogram`, which runs a full GC first) before the
// sessions and with all of them open; the difference divided by N is the heap per session, and the classes that grew
// most are listed per session.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
  i % 2 === 0 ? [...pairs, [value.replace(/^--/, ''), all[i + 1]]] : pairs, []));
const base = args.base ?? 'http://localhost:8080';
const sessions = +(args.sessions ?? 20);
const path = args.path ?? 'cycles/1/results';
const userPattern = args.user ?? 'lastfou%02d';
const users = +(args.users ?? 25);
const password = args.password ?? 'demo1234';
const pid = args.pid;
const firstCell = args['first-cell'] ?? 'NL01';

const userName = (i) => userPattern.replace(/%0(\d)d/, (_, w) => String(i % users + 1).padStart(+w, '0'));

function histogram() {
  const out = execFileSync('jcmd', [pid, 'GC.class_histogram'], { maxBuffer: 64 << 20 }).toString();
  const classes = new Map();
  let total = 0;
  for (const line of out.split('\n')) {
    const m = line.match(/^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/);
    if (m) classes.set(m[3], { instances: +m[1], bytes: +m[2] });
    const t = line.match(/^Total\s+(\d+)\s+(\d+)/);
    if (t) total = +t[2];
  }
  return { total, classes };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function openSession(i, measure) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('input[name="username"]', userName(i));
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 300000 }),
    page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let largest = 0;
  if (measure) {
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        largest = Math.max(largest, sizes.responseBodySize);
      }
    });
  }
  const start = Date.now();
  await page.goto(`${base}/${path}`, { waitUntil: 'commit' });
  // The first row is drawn when a grid cell shows the first indicator's code
  await page.waitForFunction((code) => [...document.querySelectorAll('vaadin-grid-cell-content')]
    .some((c) => c.textContent.trim().startsWith(code)), firstCell, { timeout: 300000, polling: 50 });
  const firstRows = Date.now() - start;
  if (measure) {
    await page.waitForLoadState('networkidle');
    const settled = Date.now() - start;
    const elements = await page.evaluate(() => {
      const count = (root) => [...root.querySelectorAll('*')].reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
      return count(document);
    });
    console.log(`BENCHMARK page ${path}: first rows after ${firstRows} ms, settled after ${settled} ms, `
      + `${(bytes / 1024).toFixed(0)} KB received (largest response ${(largest / 1024).toFixed(0)} KB), ${elements} DOM elements`);
  }
  return { context, firstRows };
}

// A session that is opened and closed first, so that what every session shares (caches, compiled classes) is there
// before the baseline
const warm = await openSession(sessions, true);
const before = histogram();
const open = [];
const times = [];
for (let i = 0; i < sessions; i++) {
  const s = await openSession(i, false);
  open.push(s.context);
  times.push(s.firstRows);
}
const after = histogram();
times.sort((a, b) => a - b);
console.log(`BENCHMARK first rows over ${sessions} sessions: median ${times[Math.floor(times.length / 2)]} ms, `
  + `worst ${times[times.length - 1]} ms`);
const perSession = (after.total - before.total) / sessions;
console.log(`BENCHMARK heap: ${(before.total / 1048576).toFixed(1)} MB live before, ${(after.total / 1048576).toFixed(1)} MB `
  + `with ${sessions} sessions on ${path}: ${(perSession / 1024).toFixed(1)} KB per session`);
const grown = [...after.classes].map(([name, a]) => {
  const b = before.classes.get(name) ?? { instances: 0, bytes: 0 };
  return { name, bytes: (a.bytes - b.bytes) / sessions, instances: (a.instances - b.instances) / sessions };
}).sort((x, y) => y.bytes - x.bytes).slice(0, 10);
for (const g of grown) {
  console.log(`BENCHMARK   per session ${(g.bytes / 1024).toFixed(1).padStart(8)} KB ${g.instances.toFixed(0).padStart(7)} × ${g.name}`);
}
for (const c of open) await c.close();
await warm.context.close();
await browser.close();
