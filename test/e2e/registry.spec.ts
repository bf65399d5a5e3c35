import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';

test('an officer registers an FDI project, adjusts its capital, finds it without diacritics and sees its history', async ({
  page,
}) => {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `Nhà máy linh kiện Thái Bình ${suffix}`;

  await page.goto('/projects');
  await signIn(page, OFFICER, PASSWORD);
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByTestId('page-title')).toHaveText('Dự án');

  // Register.
  await page.getByTestId('project-new').click();
  await expect(page).toHaveURL(/\/projects\/new\?kind=Fdi/);
  await expect(page.getByTestId('page-title')).toHaveText('Đăng ký dự án');

  // The form asks for what is missing before sending anything.
  await page.getByTestId('project-save').click();
  await expect(page.getByTestId('error-nameVi')).toHaveText('Vui lòng nhập thông tin này.');

  await page.getByTestId('field-nameVi').fill(name);
  await page.getByTestId('field-nameEn').fill(`Thai Binh components factory ${suffix}`);
  await page.getByTestId('field-ownerName').fill('Công ty TNHH Linh kiện Thái Bình');
  await page.getByTestId('field-fdi.ircNumber').fill(`IRC-${suffix}`);
  await page.getByTestId('field-fdi.ircDate').fill('2026-01-15');
  await page.getByTestId('field-registeredCapitalUsd').fill('10000000');
  await page.getByTestId('field-registeredCapitalVnd').fill('250000000000');
  await page.getByTestId('field-investors.0.name').fill('Hanul Components Co., Ltd.');
  // Country options load from the reference API.
  await expect(page.getByTestId('field-investors.0.countryCode').locator('option[value="KR"]')).toHaveCount(1);
  await page.getByTestId('field-investors.0.countryCode').selectOption('KR');
  await page.screenshot({ path: `${ARTIFACTS}/registry-form.png`, fullPage: true });
  await page.getByTestId('project-save').click();

  // Detail page of the new project.
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('page-title')).toHaveText(name);
  // Registering an FDI project with its certificate and capital records the new registration.
  await expect(page.getByTestId('status-badge')).toHaveText('Đang hoạt động');
  await expect(page.getByTestId('info-investors')).toContainText('Hàn Quốc');

  // Capital adjustment on the Vốn tab.
  await page.getByTestId('tab-capital').click();
  await expect(page.getByTestId('capital-total-usd')).toHaveText('10.000.000,00 USD');
  await expect(page.getByTestId('ledger-row')).toHaveCount(1);
  await page.getByTestId('capital-adjust').click();
  await page.getByTestId('capital-date').fill('2026-06-01');
  await page.getByTestId('capital-usd').fill('2000000');
  await page.getByTestId('capital-vnd').fill('50000000000');
  await page.getByTestId('capital-note').fill('Tăng vốn lần 1');
  await page.getByTestId('capital-save').click();
  await expect(page.getByTestId('capital-form')).toHaveCount(0);
  await expect(page.getByTestId('ledger-row')).toHaveCount(2);
  await expect(page.getByTestId('capital-total-usd')).toHaveText('12.000.000,00 USD');

  // As of a day before the adjustment, the capital was the registration alone.
  await page.getByTestId('as-of-date').fill('2026-03-01');
  await page.getByTestId('as-of-date').dispatchEvent('change');
  await expect(page.getByTestId('as-of-result')).toContainText('10.000.000,00 USD');
  await page.screenshot({ path: `${ARTIFACTS}/registry-detail-capital.png`, fullPage: true });

  // Back to the list; search without diacritics.
  await page.getByTestId('back-to-list').click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByTestId('filter-q').fill(`thai binh ${suffix}`);
  await expect(page).toHaveURL(new RegExp(`q=thai(%20|\\+)binh(%20|\\+)${suffix}`));
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await expect(page.getByTestId('project-name')).toHaveText(name);
  await expect(page.getByTestId('total-count')).toHaveText('1 dự án');
  await expect(page.getByTestId('project-capital')).toHaveText('12.000.000,00');
  await page.screenshot({ path: `${ARTIFACTS}/registry-list.png`, fullPage: true });

  // The filtered list survives a reload: filters live in the URL.
  await page.reload();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await expect(page.getByTestId('filter-q')).toHaveValue(`thai binh ${suffix}`);

  // History shows the creation and the adjustment.
  await page.getByTestId('project-name').click();
  await expect(page.getByTestId('page-title')).toHaveText(name);
  await page.getByTestId('tab-history').click();
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute('data-action', 'capital-event-recorded');
  await expect(entries.nth(0)).toContainText('Ghi sổ vốn');
  await expect(entries.nth(1)).toHaveAttribute('data-action', 'created');
  await expect(entries.nth(1)).toContainText('Đăng ký dự án');
  await entries.nth(0).locator('summary').click();
  await page.screenshot({ path: `${ARTIFACTS}/registry-history.png`, fullPage: true });
});

test('an officer registers an NGO aid project through the form: the NGO block reaches the server and shows on the project', async ({
  page,
}) => {
  const name = `Trang thiết bị trạm y tế xã ${Date.now().toString(36)}`;
  await page.goto('/projects/new?kind=NgoAid');
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('page-title')).toHaveText('Đăng ký dự án');

  await page.getByTestId('field-nameVi').fill(name);
  await page.getByTestId('field-ownerName').fill('Sở Y tế');
  // Donors load from the reference API.
  await expect(page.getByTestId('field-donorCode').locator('option[value="DHF"]')).toHaveCount(1);
  await page.getByTestId('field-donorCode').selectOption('DHF');
  await page.getByTestId('field-ngo.committedAmount').fill('150000');
  await page.getByTestId('field-ngo.rateToUsd').fill('1');
  await page.getByTestId('field-ngo.approvalDecisionNumber').fill('12/QĐ-UBND');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/projects'),
    page.getByTestId('project-save').click(),
  ]);
  // Only the NGO block goes with an NGO project: no FDI certificate, no ODA agreement, no investors.
  const body = request.postDataJSON();
  expect(body).toMatchObject({ kind: 'NgoAid', donorCode: 'DHF', investors: [], ngo: { committedAmount: 150000, approvalDecisionNumber: '12/QĐ-UBND' } });
  expect(body).not.toHaveProperty('fdi');
  expect(body).not.toHaveProperty('oda');

  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('page-title')).toHaveText(name);
  await expect(page.getByTestId('project-code')).toHaveText(/^NGO-\d{4}-\d{4}$/);
  await expect(page.getByTestId('info')).toContainText('Quỹ DHF');
  await expect(page.getByTestId('info')).toContainText('150.000,00 USD');
  await expect(page.getByTestId('info')).toContainText('12/QĐ-UBND');
});
