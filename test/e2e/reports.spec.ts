import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';

const OFFICER = 'officer@investaid.local';
const PASSWORD = process.env.INVESTAID_DEMO_PASSWORD || 'InvestAid@2026';
const ARTIFACTS = 'artifacts';

async function signIn(page: Page, email: string, password: string) {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The cell text of an ExcelJS cell (rich text joined). */
function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

test('the reports page downloads the monthly FDI summary as Excel, and the workbook opens with its Vietnamese title and figures', async ({ page }) => {
  await page.goto('/reports');
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('page-title')).toHaveText('Báo cáo');
  await expect(page.getByTestId('fdi-figures')).toBeVisible({ timeout: 30_000 });

  // The figures the page shows come from the same endpoint the Excel is made from.
  const year = Number(await page.getByTestId('report-year').inputValue());
  const month = Number(await page.getByTestId('report-month').inputValue());
  const json = await page.request.get(`/api/v1/reports/fdi-monthly?year=${year}&month=${month}`);
  expect(json.ok(), await json.text()).toBeTruthy();
  const figures = (await json.json()).figures.current;
  expect(figures.validProjects, 'the demo province has FDI projects in force').toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-excel').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = `${ARTIFACTS}/fdi-monthly-${year}-${month}.xlsx`;
  await download.saveAs(file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo đối tác', 'Theo ngành VSIC', 'Theo xã, phường', 'Theo KCN']);
  const summary = workbook.getWorksheet('Tổng hợp')!;
  const cutoff = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10).split('-').reverse().join('/');
  expect(text(summary.getCell('A5'))).toBe(`BÁO CÁO TÌNH HÌNH THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI) 01/01 – ${cutoff}`);
  expect(text(summary.getCell('A1'))).toBe('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
  expect(text(summary.getCell('E7'))).toBe('Đơn vị: triệu USD');

  let validRow = 0;
  let capitalRow = 0;
  summary.eachRow((row, n) => {
    if (text(row.getCell(2)) === 'Lũy kế dự án còn hiệu lực đến ngày chốt số liệu') validRow = n;
    if (text(row.getCell(2)) === 'Tổng vốn đăng ký lũy kế') capitalRow = n;
  });
  expect(validRow).toBeGreaterThan(8);
  expect(Number(summary.getCell(`D${validRow}`).value)).toBe(figures.validProjects);
  // Money in millions of USD, as the provincial layout has it.
  expect(Number(summary.getCell(`D${capitalRow}`).value)).toBeCloseTo(figures.validCapitalUsd / 1_000_000, 6);
  expect(summary.getCell(`D${capitalRow}`).numFmt).toBe('#,##0.00');
  await page.screenshot({ path: `${ARTIFACTS}/reports-fdi.png`, fullPage: true });
});

test('the ODA and NGO tabs read their report endpoints, show totals and offer the Excel downloads', async ({ page }) => {
  await page.goto('/reports');
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('fdi-figures')).toBeVisible({ timeout: 30_000 });
  const year = Number(await page.getByTestId('report-year').inputValue());

  const oda = page.waitForResponse((r) => r.url().includes(`/api/v1/reports/oda?year=${year}`));
  await page.getByTestId('report-tab-oda').click();
  expect((await oda).status()).toBe(200);
  await expect(page.getByTestId('oda-error')).toHaveCount(0);
  await expect(page.getByTestId('oda-excel')).toHaveAttribute('href', new RegExp(`/api/v1/reports/oda\\?year=${year}&format=xlsx$`));
  const odaReport = await (await page.request.get(`/api/v1/reports/oda?year=${year}`)).json();
  if (odaReport.byDonor.length > 0) {
    await expect(page.getByTestId('oda-total')).toContainText('Tổng cộng');
    await expect(page.getByTestId('oda-report').locator('tbody tr')).toHaveCount(odaReport.byDonor.length);
  }
  await page.screenshot({ path: `${ARTIFACTS}/reports-oda.png`, fullPage: true });

  const ngo = page.waitForResponse((r) => r.url().includes(`/api/v1/reports/ngo?year=${year}`));
  await page.getByTestId('report-tab-ngo').click();
  expect((await ngo).status()).toBe(200);
  await expect(page.getByTestId('ngo-error')).toHaveCount(0);
  await expect(page.getByTestId('ngo-counts')).toContainText('chương trình');
  await expect(page.getByTestId('ngo-excel')).toHaveAttribute('href', new RegExp(`/api/v1/reports/ngo\\?year=${year}&format=xlsx$`));
  await page.screenshot({ path: `${ARTIFACTS}/reports-ngo.png`, fullPage: true });

  // A failing endpoint shows a clear Vietnamese message with a reload button, not an empty table.
  await page.route('**/api/v1/reports/ngo?*', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }));
  await page.getByTestId('report-tab-oda').click();
  await page.getByTestId('report-tab-ngo').click();
  await expect(page.getByTestId('ngo-error')).toContainText(`Không tải được báo cáo viện trợ phi chính phủ năm ${year}`);
});
