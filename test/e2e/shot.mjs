import { chromium } from 'playwright-core';
const [,, url, out, lang='vi', width='1440', tab=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const c = await b.newContext({ baseURL: 'http://localhost:5190', viewport: { width: +width, height: 900 }, locale: 'vi-VN' });
const r = await c.request.post('/api/account/login?useCookies=true', { data: { email: 'officer@investaid.local', password: 'InvestAid@2026' } });
const p = await c.newPage();
await p.goto('/login'); await p.evaluate((l) => localStorage.setItem('investaid.lang', l), lang);
await p.goto(url); await p.waitForTimeout(2500);
if (tab) { await p.getByTestId(tab).click(); await p.waitForTimeout(2000); }
await p.screenshot({ path: out, fullPage: true });
await b.close();
