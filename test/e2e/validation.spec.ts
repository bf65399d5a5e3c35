import { expect, test, type APIRequestContext } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';
const OWNER = 'owner@investaid.local';
const LEADER = 'leader@investaid.local';

async function bearer(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await request.post('/api/account/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** Today in Vietnam, the last quarter that has ended, and the month before last (the demo data publishes it: frozen). */
function periods() {
  const vn = new Date(Date.now() + 7 * 3600_000);
  const q = Math.floor(vn.getUTCMonth() / 3);
  const ended = q === 0 ? { year: vn.getUTCFullYear() - 1, quarter: 4 } : { year: vn.getUTCFullYear(), quarter: q };
  const frozen = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - 2, 15));
  return { ended, frozen: { year: frozen.getUTCFullYear(), month: frozen.getUTCMonth() + 1 } };
}

test('owner proposes, officer accepts and the figures move; enterprise files, officer accepts, implemented capital moves; a frozen month needs a leader', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const officer = await bearer(request, OFFICER);
  const owner = await bearer(request, OWNER);
  const leader = await bearer(request, LEADER);
  const me = await (await request.get('/api/account/me', { headers: owner })).json();
  const { ended, frozen } = periods();

  // 1. The owner proposes a disbursement on its ODA project: it waits, the finance summary does not move.
  const oda = await (
    await request.post('/api/v1/projects', {
      headers: officer,
      data: {
        kind: 'Oda', nameVi: `Đê biển đề xuất ${suffix}`, ownerUserId: me.id, ownerName: 'Ban QLDA đê biển', donorCode: 'ADB',
        oda: { agreementNumber: `L-${suffix}`, agreementDate: `${ended.year - 1}-03-01`, currency: 'USD', odaAmount: 10_000_000, loanAmount: 0, counterpartAmount: 0, rateToUsd: 1, rateToVnd: 25_000, rateDate: `${ended.year - 1}-03-01` },
      },
    })
  ).json();
  const held = await request.post(`/api/v1/projects/${oda.id}/proposals/disbursement`, {
    headers: owner,
    data: { disbursement: { date: `${ended.year}-${String(ended.quarter * 3).padStart(2, '0')}-05`, amount: 400_000, currency: 'USD', source: 'Oda', reference: `GN-${suffix}`, rateToVnd: 25_000, rateToUsd: 1 }, reason: 'Giải ngân theo chứng từ kho bạc' },
  });
  expect(held.status(), await held.text()).toBe(202);
  const before = await (await request.get(`/api/v1/projects/${oda.id}/finance?year=${ended.year}`, { headers: officer })).json();
  expect(before.disbursedVnd).toBe(0);

  await page.goto(`/projects/${oda.id}`);
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('pending-proposals')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: `${ARTIFACTS}/validation-1-project-pending.png`, fullPage: true });
  await page.getByTestId('pending-proposals-link').click();
  const card = page.getByTestId('proposal').filter({ hasText: `Đê biển đề xuất ${suffix}` });
  await expect(card.getByTestId('proposal-diff')).toContainText(`GN-${suffix}`);
  // Read as a person reads it: the amount in vi-VN digits with its currency, the day as dd/MM/yyyy, the owner by name.
  await expect(card.getByTestId('proposal-diff')).toContainText('400.000,00 USD');
  await expect(card.getByTestId('proposal-diff')).toContainText(`05/${String(ended.quarter * 3).padStart(2, '0')}/${ended.year}`);
  await expect(card.getByTestId('proposal-diff')).toContainText('Vốn ODA');
  await expect(card).toContainText(me.displayName);
  await expect(card).not.toContainText('@investaid.local');
  await page.screenshot({ path: `${ARTIFACTS}/validation-2-proposals.png`, fullPage: true });
  await card.getByTestId('proposal-accept').click();
  await expect(page.getByTestId('proposal').filter({ hasText: `Đê biển đề xuất ${suffix}` })).toHaveCount(0, { timeout: 30_000 });
  const after = await (await request.get(`/api/v1/projects/${oda.id}/finance?year=${ended.year}`, { headers: officer })).json();
  expect(after.disbursedVnd).toBe(10_000_000_000);

  // 2. The enterprise files its quarter online; the officer accepts it; implemented capital moves.
  const fdi = await (
    await request.post('/api/v1/projects', {
      headers: officer,
      data: {
        kind: 'Fdi', nameVi: `Nhà máy báo cáo ${suffix}`, ownerUserId: me.id, ownerName: `Công ty TNHH Báo cáo ${suffix}`, sectorCode: '26',
        investors: [{ name: 'Report Co., Ltd.', countryCode: 'KR' }], fdi: { ircNumber: `IRC-${suffix}`, ircDate: '2024-03-15', durationYears: 50 },
        registeredCapitalUsd: 5_000_000, registeredCapitalVnd: 125_000_000_000,
      },
    })
  ).json();
  const month = ended.quarter * 3;
  // Implemented capital is kept in USD and VND: the reference USD rate must exist on the acceptance day.
  const rate = await request.put('/api/v1/exchange-rates', { headers: officer, data: { currency: 'USD', date: `${ended.year}-01-02`, rateToVnd: 25_400, rateToUsd: 1 } });
  expect(rate.ok(), await rate.text()).toBeTruthy();
  const summaryBefore = await (await request.get(`/api/v1/reports/fdi-monthly?year=${ended.year}&month=${month}`, { headers: officer })).json();

  await page.context().clearCookies();
  await page.goto('/enterprise-reports');
  await signIn(page, OWNER, PASSWORD);
  await expect(page.getByTestId('report-form')).toBeVisible({ timeout: 45_000 });
  await page.getByTestId('report-project').selectOption(fdi.id);
  await page.getByTestId('report-year').fill(String(ended.year));
  await page.getByTestId('report-quarter').selectOption(String(ended.quarter));
  const values: Record<string, string> = {
    implementedForeignUsd: '700000', implementedDomesticUsd: '-5', revenueUsd: '2000000', exportsUsd: '1500000',
    labourVietnamese: '320', labourForeign: '6', taxesPaidVnd: '900000000', landUsedM2: '12000',
  };
  for (const [k, v] of Object.entries(values)) await page.getByTestId(`report-value-${k}`).fill(v);
  await page.getByTestId('report-submit').click();
  await expect(page.getByTestId('report-error')).toContainText('không được âm');
  await page.getByTestId('report-value-implementedDomesticUsd').fill('100000');
  await page.getByTestId('report-submit').click();
  await expect(page.getByTestId('report-notice')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/validation-3-enterprise-files.png`, fullPage: true });

  await page.context().clearCookies();
  await page.goto('/enterprise-reports');
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('missing')).toBeVisible({ timeout: 45_000 });
  const row = page.getByTestId('report-row').filter({ hasText: `Nhà máy báo cáo ${suffix}` });
  await row.getByTestId('report-accept').click();
  await expect(page.getByTestId('report-notice')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-row').filter({ hasText: `Nhà máy báo cáo ${suffix}` }).getByTestId('report-status')).toHaveText('Đã xác nhận');
  await page.screenshot({ path: `${ARTIFACTS}/validation-4-officer-accepts.png`, fullPage: true });
  const summaryAfter = await (await request.get(`/api/v1/reports/fdi-monthly?year=${ended.year}&month=${month}`, { headers: officer })).json();
  expect(summaryAfter.figures.implemented.valueUsd).toBe(summaryBefore.figures.implemented.valueUsd + 800_000);

  // 3. An entry in the published month is refused (409 naming the period), then made with a leader's exception: a pending revision.
  const day = `${frozen.year}-${String(frozen.month).padStart(2, '0')}-20`;
  const entry = { type: 'Adjustment', effectiveDate: day, capitalChangeUsd: 1_000_000, capitalChangeVnd: 25_000_000_000, note: 'Tăng vốn' };
  const refused = await request.post(`/api/v1/projects/${fdi.id}/capital-events`, { headers: officer, data: entry });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).detail).toContain(`${String(frozen.month).padStart(2, '0')}/${frozen.year}`);
  // The leader grants the exception on its page: the reason is required, the month shows as frozen, the list shows it unused.
  await page.context().clearCookies();
  await page.goto('/freeze-exceptions');
  await signIn(page, LEADER, PASSWORD);
  await expect(page.getByTestId('freeze-form')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('freeze-project').locator('option', { hasText: fdi.code })).toHaveCount(1, { timeout: 30_000 });
  await page.getByTestId('freeze-project').selectOption(fdi.id);
  await page.getByTestId('freeze-year').fill(String(frozen.year));
  await page.getByTestId('freeze-month').selectOption(String(frozen.month));
  await expect(page.getByTestId('freeze-check')).toContainText('đã khóa sổ');
  await page.getByTestId('freeze-grant').click();
  await expect(page.getByTestId('freeze-error-reason')).toContainText('Hãy nêu lý do');
  expect(await (await request.get(`/api/v1/freezes/exceptions?projectId=${fdi.id}`, { headers: officer })).json()).toHaveLength(0);
  await page.getByTestId('freeze-reason').fill('Quyết định điều chỉnh ký trong tháng, nộp muộn');
  await page.getByTestId('freeze-grant').click();
  await expect(page.getByTestId('freeze-notice')).toContainText(fdi.code);
  const granted = page.getByTestId('freeze-exception').filter({ hasText: fdi.code });
  await expect(granted).toContainText('Lê Minh Tuấn');
  await expect(granted).toHaveAttribute('data-used', 'no');
  await page.screenshot({ path: `${ARTIFACTS}/validation-6-freeze-exception.png`, fullPage: true });
  const [exception] = await (await request.get(`/api/v1/freezes/exceptions?projectId=${fdi.id}`, { headers: officer })).json();
  const made = await request.post(`/api/v1/projects/${fdi.id}/capital-events`, { headers: officer, data: { ...entry, freezeExceptionId: exception.id } });
  expect(made.status(), await made.text()).toBe(201);
  await page.reload();
  await expect(page.getByTestId('freeze-exception').filter({ hasText: fdi.code })).toHaveAttribute('data-used', 'yes', { timeout: 30_000 });
  const report = await (await request.get(`/api/v1/reports/fdi-monthly?year=${frozen.year}&month=${frozen.month}`, { headers: officer })).json();
  expect(report.published).not.toBeNull();
  expect(report.pendingRevision?.length ?? 0).toBeGreaterThan(0);

  await page.context().clearCookies();
  await page.goto(`/projects/${fdi.id}?tab=history`);
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.locator('[data-testid="history-entry"][data-action="freeze-exception-used"]')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/validation-5-history.png`, fullPage: true });

  // 4. The compare view: a later day before the earlier one is refused naming the field; yesterday against today shows the
  // project appear (registered today) with its two capital ledger entries.
  const vnDay = (days: number) => {
    const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  };
  await page.getByTestId('compare-from').fill(vnDay(0));
  await page.getByTestId('compare-to').fill(vnDay(-1));
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-error-to')).toContainText('không sớm hơn');
  await page.getByTestId('compare-from').fill(vnDay(-1));
  await page.getByTestId('compare-to').fill(vnDay(0));
  await page.getByTestId('compare-run').click();
  const nameRow = page.locator('[data-testid="compare-field"][data-field="nameVi"]');
  await expect(nameRow).toHaveAttribute('data-changed', 'true');
  await expect(nameRow).toContainText(`Nhà máy báo cáo ${suffix}`);
  await expect(page.locator('[data-testid="compare-ledger-row"][data-kind="capital"]')).toContainText('2 bút toán');
  await expect(page.locator('[data-testid="compare-ledger-row"][data-kind="capital"]')).toContainText('6.000.000,00 USD');
  await page.getByTestId('compare').screenshot({ path: `${ARTIFACTS}/validation-7-compare.png` });
});

test('a consulted agency proposes a change with a reason; it waits for an officer', async ({ page, request }) => {
  test.setTimeout(180_000);
  const AGENCY = 'agency.finance@investaid.local';
  const agency = await bearer(request, AGENCY);
  const officer = await bearer(request, OFFICER);
  const visible = (await (await request.get('/api/v1/projects?pageSize=50', { headers: agency })).json()).items as { id: string; code: string }[];
  expect(visible.length, 'the demo agency was consulted on a dossier').toBeGreaterThan(0);
  const project = visible[0];
  const word = `${Date.now().toString(36)}`;

  await page.goto(`/projects/${project.id}`);
  await signIn(page, AGENCY, PASSWORD);
  await page.getByTestId('project-propose').click();
  await expect(page.getByTestId('proposal-reason')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('field-objectives').fill(`Bổ sung hạng mục theo ý kiến Sở Tài chính ${word}`);
  await page.getByTestId('project-save').click();
  await expect(page.getByTestId('error-reason')).toContainText('lý do');
  await page.getByTestId('field-reason').fill('Ý kiến tham gia của Sở Tài chính về nguồn vốn đối ứng');
  await page.screenshot({ path: `${ARTIFACTS}/validation-8-agency-proposes.png`, fullPage: true });
  await page.getByTestId('project-save').click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`), { timeout: 30_000 });

  const pending = await (await request.get(`/api/v1/proposals?projectId=${project.id}&status=Pending`, { headers: officer })).json();
  const mine = (pending.items as { reason: string; changes: { newValue: string }[] }[]).find((p) => p.changes.some((c) => c.newValue?.includes(word)));
  expect(mine?.reason).toBe('Ý kiến tham gia của Sở Tài chính về nguồn vốn đối ứng');
  const project2 = await (await request.get(`/api/v1/projects/${project.id}`, { headers: officer })).json();
  expect(project2.objectives ?? '').not.toContain(word);
});

test('an administrator changes a proposal setting and sees it saved', async ({ page, request }) => {
  test.setTimeout(120_000);
  const ADMIN = 'admin@investaid.local';
  const admin = await bearer(request, ADMIN);
  // Cookie sign-in in the page's own context: the page opens signed in, without the sign-in form.
  const login = await page.request.post('/api/account/login?useCookies=true', { data: { email: ADMIN, password: PASSWORD } });
  expect(login.ok()).toBeTruthy();
  await page.goto('/admin');
  await page.getByTestId('admin-proposal-settings').click();
  const days = page.getByTestId('days-implemented-capital');
  await expect(days).toBeVisible({ timeout: 30_000 });

  await days.fill('0');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('setting-implemented-capital')).toContainText('từ 1 đến 60');

  await days.fill('7');
  await page.getByTestId('second-implemented-capital').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('setting-implemented-capital')).toContainText('Sửa lần cuối bởi');
  await page.screenshot({ path: `${ARTIFACTS}/validation-9-proposal-settings.png`, fullPage: true });
  const saved = await (await request.get('/api/v1/admin/proposal-settings', { headers: admin })).json();
  const kind = (saved.kinds as { kind: string; autoAcceptAfterWorkingDays: number | null; secondPerson: boolean }[]).find((k) => k.kind === 'implemented-capital');
  expect(kind).toMatchObject({ autoAcceptAfterWorkingDays: 7, secondPerson: true });

  // Put it back as it was, the same way.
  await days.fill('');
  await page.getByTestId('second-implemented-capital').uncheck();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible({ timeout: 15_000 });
});
