import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, PASSWORD } from './support';

/*
 * Every route of the web app, as every demo role, in Vietnamese and English, at a desktop and a
 * phone size: no translation key on screen, nothing wider than the viewport, no console error, no
 * failed request, no critical or serious axe finding. A role a route is not for must land on the
 * "not allowed" page instead. One test per role: sign in once, reuse the storage state.
 *
 * The routes are read from app.routes.ts, so a new route without an entry in PARAMS fails here.
 */

/** One demo user per role (agency.police has the same role and pages as agency.finance, over other dossiers). */
const ROLES = ['admin', 'officer', 'approver', 'leader', 'agency.finance', 'owner', 'viewer'] as const;
type Login = (typeof ROLES)[number];
const ONLY = process.env.SCREENS_ROLES?.split(',');

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
].filter((s) => !process.env.SCREENS_SIZES || process.env.SCREENS_SIZES.split(',').includes(s.name));
const LANGUAGES = ['vi', 'en'].filter((l) => !process.env.SCREENS_LANGS || process.env.SCREENS_LANGS.split(',').includes(l));
/** SCREENS_ROUTES=projects,admin/users narrows a run while fixing a page (the default is every route). */
const ONLY_ROUTES = process.env.SCREENS_ROUTES?.split(',');

/** Route paths from the app's route table (children of the shell included), in file order. */
function appRoutes(): string[] {
  const source = readFileSync(join(__dirname, '../../angular/src/app/app.routes.ts'), 'utf8');
  const paths = [...source.matchAll(/path:\s*'([^']*)'/g)].map((m) => m[1]).filter((p) => p !== '**' && p !== 'login');
  return [...new Set(paths)]; // '' is both the shell and the dashboard
}

/** Looks up the ids a parameterised route needs, with the role's own session. */
type Ids = { projectId?: string; ngoProjectId?: string; taskId?: string; procedure?: string };
async function ids(api: APIRequestContext): Promise<Ids> {
  const out: Ids = {};
  const projects = await api.get('/api/v1/projects?pageSize=50');
  if (projects.ok()) {
    const items = (await projects.json()).items as { id: string; kind: string }[];
    out.projectId = items.find((p) => p.kind === 'Fdi')?.id ?? items[0]?.id;
    out.ngoProjectId = items.find((p) => p.kind === 'NgoAid')?.id;
  }
  const inbox = await api.get('/api/v1/inbox?pageSize=5');
  if (inbox.ok()) out.taskId = ((await inbox.json()).items as { taskId?: string; id?: string }[])[0]?.taskId ?? undefined;
  const defs = await api.get('/api/v1/workflow-definitions');
  if (defs.ok()) {
    const body = await defs.json();
    const list = (Array.isArray(body) ? body : body.items) as { key: string; version: number }[];
    if (list?.[0]) out.procedure = `${list[0].key}/${list[0].version}`;
  }
  return out;
}

/** The concrete URL of a route for this role, or null when the role has nothing to show there. */
function urlOf(path: string, id: Ids): string | null {
  const filled = path
    .replace(':id/edit', id.projectId ? `${id.projectId}/edit` : '')
    .replace(/^projects\/:id$/, id.projectId ? `projects/${id.projectId}` : '')
    .replace(/^tasks\/:id$/, id.taskId ? `tasks/${id.taskId}` : '')
    .replace(/^procedures\/:key\/:version$/, id.procedure ? `procedures/${id.procedure}` : '');
  if (filled.includes(':') || (path !== '' && filled === '')) return null;
  return `/${filled}`;
}

/** Texts that look like an untranslated key: "dashboard.month", "notifications.kinds.procedure". */
const KEY_PATTERN = /\b[a-z][a-zA-Z]+(\.[a-z][a-zA-Z0-9]+){1,4}\b/g;
const KEY_ALLOWED = /@investaid\.local|\.(json|xlsx|bpmn|xml|pdf|png|local|vn|gov|org|com)\b|^(e\.g|i\.e)$/;

async function visibleKeys(page: Page): Promise<string[]> {
  // E-mail addresses (a user administrator sees logins) are not keys: "agency.finance@investaid.local".
  const text = (await page.locator('body').innerText()).replace(/\S+@\S+/g, ' ');
  return [...new Set((text.match(KEY_PATTERN) ?? []).filter((t) => !KEY_ALLOWED.test(t)))];
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`page scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      // Inside a scrolling box (a table's card) is fine: the box itself is what must fit.
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        const s = getComputedStyle(p);
        if (/(auto|scroll|hidden|clip)/.test(s.overflowX) && p.getBoundingClientRect().right <= width + 1) { clipped = true; break; }
        p = p.parentElement;
      }
      if (!clipped && getComputedStyle(el).position !== 'fixed') {
        out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} right=${Math.round(r.right)}`);
      }
      if (out.length > 5) break;
    }
    return out;
  });
}

/** The page has its title and no loading indicator left (the bell polls, so the network is never idle). */
async function settle(page: Page) {
  await page.locator('[data-testid="page-title"], h1').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.spinner'), null, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

async function signInState(browser: Browser, baseURL: string, login: Login): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const res = await context.request.post('/api/account/login?useCookies=true', {
    data: { email: `${login}@investaid.local`, password: PASSWORD },
  });
  expect(res.ok(), `sign-in of ${login}`).toBeTruthy();
  const file = join('test-results', `state-${login}.json`);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

const ROUTES = appRoutes();
/** Moderate and minor findings that still fail the sweep: headings out of order and unnamed table headers. */
const ALWAYS = ['heading-order', 'empty-table-header', 'page-has-heading-one'];
// E2E_SCREENS=0 leaves the sweep out of a local run (./etc/test runs it).
test.skip(process.env.E2E_SCREENS === '0', 'the screen sweep is switched off with E2E_SCREENS=0');
mkdirSync(join(ARTIFACTS, 'screens'), { recursive: true });


for (const login of ROLES) {
  if (ONLY && !ONLY.includes(login)) continue;
  test(`every route as ${login}: names not keys, fits the screen, no errors, accessible`, async ({ browser, baseURL }) => {
    test.setTimeout(30 * 60_000);
    const timing = { goto: 0, shot: 0, checks: 0, axe: 0, visits: 0 };
    const timed = <T,>(key: keyof typeof timing, work: () => Promise<T>): Promise<T> => {
      const t = Date.now();
      return work().finally(() => (timing[key] += Date.now() - t));
    };
    const state = await signInState(browser, baseURL!, login);
    const context = await browser.newContext({ baseURL, storageState: state, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const id = await ids(context.request);
    const page = await context.newPage();
    let problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && /unsupported configuration/.test(m.text()))) problems.push(`console: ${m.text().slice(0, 200)}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message.slice(0, 200)}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && r.url().includes('/api/')) problems.push(`HTTP ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    const failures: string[] = [];
    const findings = join(ARTIFACTS, 'screens', `findings-${login}.txt`);
    writeFileSync(findings, '');
    /** Routes this role is kept out of (checked once, on the "not allowed" page) or sent elsewhere from. */
    const notFor = new Set<string>();
    let visited = 0;
    for (const language of LANGUAGES) {
      await page.setViewportSize(SIZES[0]);
      await page.goto('/login');
      await page.evaluate((l) => localStorage.setItem('investaid.lang', l), language);
      for (const path of ROUTES) {
        const url = urlOf(path, id);
        if (!url || notFor.has(path) || (ONLY_ROUTES && !ONLY_ROUTES.includes(path))) continue;
        problems = [];
        await page.setViewportSize(SIZES[0]);
        await timed('goto', async () => {
          await page.goto(url);
          await settle(page);
        });
        const landed = new URL(page.url()).pathname;
        if (landed !== url && path !== 'forbidden') {
          // Kept out (the "not allowed" page must say so) or sent to the role's own first page: no
          // need to sweep the same landing page again in every language and size.
          notFor.add(path);
          if (landed === '/forbidden') {
            await expect(page.getByTestId('forbidden'), `${login} ${url}`).toBeVisible();
          }
          continue;
        }
        visited++;
        // Each size is checked on the same loaded page: the layout is what changes, not the data.
        for (const size of SIZES) {
          if (size !== SIZES[0]) {
            await page.setViewportSize(size);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            await page.waitForTimeout(150);
          }
          const where = `${login} ${language} ${size.name} ${url}`;
          const name = `${login}-${language}-${size.name}-${(path || 'dashboard').replace(/[/:]+/g, '_')}`;
          const found: string[] = [];
          await timed('shot', () => page.screenshot({ path: join(ARTIFACTS, 'screens', `${name}.png`), fullPage: true }));
          await timed('checks', async () => {
            for (const k of await visibleKeys(page)) found.push(`translation key on screen "${k}"`);
            for (const o of await overflowing(page)) found.push(`wider than the screen: ${o}`);
          });
          if (size === SIZES[0]) found.push(...problems);
          // Colours do not change with the width, and colour contrast is most of axe's time: it is
          // checked at the desktop size; every other rule at both.
          const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
          if (size !== SIZES[0]) builder.disableRules(['color-contrast']);
          const axe = await timed('axe', () => builder.analyze());
          for (const v of axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious' || ALWAYS.includes(v.id))) {
            found.push(`axe ${v.impact} ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
          }
          timing.visits++;
          // Findings so far, for a run that is stopped early or a reviewer reading the artifacts.
          appendFileSync(findings, found.map((f) => `${where}: ${f}\n`).join(''));
          failures.push(...found.map((f) => `${where}: ${f}`));
        }
      }
    }
    await context.close();
    const nothing = ROUTES.filter((p) => !urlOf(p, id));
    console.log(
      `screens ${login}: ${visited} page loads, ${timing.visits} checks; ms in goto ${timing.goto}, screenshots ${timing.shot}, checks ${timing.checks}, axe ${timing.axe}` +
        `; kept out of or sent on from: ${[...notFor].map((p) => '/' + p).join(' ') || 'none'}; nothing to open: ${nothing.map((p) => '/' + p).join(' ') || 'none'}`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
