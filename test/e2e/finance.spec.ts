import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';

/** A bearer token for API calls made by the test itself (the browser signs in with its cookie). */
async function token(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/account/login', { data: { email: OFFICER, password: PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return (await res.json()).accessToken as string;
}

/** The current year in Vietnam: the finance tabs open on it. */
function vietnamYear(): number {
  return new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
}

test('an officer plans and disburses an ODA project, sees the chart, the bell, the notifications page and the dashboard', async ({ page, request }) => {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|unsafe-eval|Refused to/i.test(m.text())) csp.push(m.text());
  });
  page.on('pageerror', (e) => csp.push(String(e)));

  const year = vietnamYear();
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const auth = { Authorization: `Bearer ${await token(request)}` };
  const created = await request.post('/api/v1/projects', {
    headers: auth,
    data: {
      kind: 'Oda',
      nameVi: `Cấp nước sạch nông thôn ${suffix}`,
      nameEn: `Rural water supply ${suffix}`,
      ownerName: 'Ban quản lý dự án ODA tỉnh',
      donorCode: 'WB',
      plannedStart: `${year - 1}-01-01`,
      plannedEnd: `${year + 3}-12-31`,
      oda: {
        agreementNumber: `Cr-${suffix}`,
        agreementDate: `${year - 1}-03-01`,
        currency: 'USD',
        odaAmount: 20_000_000,
        loanAmount: 0,
        counterpartAmount: 4_000_000,
        rateToUsd: 1,
        rateToVnd: 25_400,
        rateDate: `${year - 1}-03-01`,
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const project = await created.json();

  await page.goto(`/projects/${project.id}`);
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('page-title')).toHaveText(`Cấp nước sạch nông thôn ${suffix}`);

  // Kế hoạch vốn: the year's plan.
  await page.getByTestId('tab-plans').click();
  await expect(page.getByTestId('tab-plans')).toHaveText('Kế hoạch vốn');
  await expect(page.getByTestId('plans-empty')).toBeVisible();
  await page.getByTestId('plan-add').click();
  await page.getByTestId('plan-year').selectOption(String(year));
  // A first plan applies from 1 January.
  await expect(page.getByTestId('plan-date')).toHaveValue(`01/01/${year}`);
  await page.getByTestId('plan-foreign').fill('-1');
  await page.getByTestId('plan-counterpart').fill('500000');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-foreign-error')).toHaveText('Giá trị không được âm.');
  await page.getByTestId('plan-foreign').fill('2000000');
  // The VND amounts as the plan decision states them (the demo's USD rate of the day would give others).
  await page.getByTestId('plan-foreign-vnd').fill('50800000000');
  await page.getByTestId('plan-counterpart-vnd').fill('12700000000');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await expect(page.getByTestId('plans-total-vnd')).toHaveText('63.500.000.000');

  // Giải ngân: one disbursement at a stated rate.
  await page.getByTestId('tab-disbursements').click();
  await expect(page.getByTestId('finance-plan')).toHaveText('63.500.000.000 VND');
  await page.getByTestId('disbursement-add').click();
  await page.getByTestId('disbursement-date').fill(`${year}-03-15`);
  await page.getByTestId('disbursement-source').selectOption({ label: 'Vốn ODA' });
  await page.getByTestId('disbursement-amount').fill('500000');
  await page.getByTestId('disbursement-rate-vnd').fill('25400');
  await page.getByTestId('disbursement-rate-usd').fill('1');
  await page.getByTestId('disbursement-reference').fill(`CT-${suffix}`);
  await page.getByTestId('disbursement-save').click();
  await expect(page.getByTestId('disbursement-row')).toHaveCount(1);
  await expect(page.getByTestId('disbursements-total-vnd')).toHaveText('12.700.000.000');
  await expect(page.getByTestId('finance-disbursed')).toHaveText('12.700.000.000 VND');
  await expect(page.getByTestId('finance-rate')).toHaveText(/20,0\s?%/);

  // The chart draws on a canvas in the production build (CSP: no eval, no inline script).
  const chart = page.getByTestId('finance-chart');
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(chart.locator('[data-rendered="true"]')).toHaveCount(1);
  await page.getByTestId('finance-chart-box').screenshot({ path: `${ARTIFACTS}/finance-chart.png` });
  await page.screenshot({ path: `${ARTIFACTS}/finance-disbursements.png`, fullPage: true });

  // The bell and the notifications page.
  await page.getByTestId('bell').click();
  await expect(page.getByTestId('bell-panel')).toBeVisible();
  await page.getByTestId('bell-all').click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId('page-title')).toHaveText('Thông báo');
  await expect(page.getByTestId('preferences')).toContainText('Giải ngân chậm');
  await page.screenshot({ path: `${ARTIFACTS}/notifications.png`, fullPage: true });

  // Tổng quan: tiles and charts, a tile leads to the filtered list.
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('kpi-newFdi')).toBeVisible();
  await expect(page.getByTestId('chart-months').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-oda').locator('canvas')).toBeVisible();
  await page.waitForTimeout(800); // let the chart animations finish before the screenshot
  await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
  await page.getByTestId('kpi-oda').click();
  await expect(page).toHaveURL(/\/projects\?kind=Oda$/);

  expect(csp).toEqual([]);
});
