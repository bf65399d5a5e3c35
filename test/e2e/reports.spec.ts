import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';

/** The text of a cell, '' when the cell is empty. */
function text(sheet: XLSX.WorkSheet, ref: string): string {
  const v = sheet[ref]?.v;
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

  // SheetJS reads the x:-prefixed SpreadsheetML the server writes (ExcelJS 4.4 cannot: it expects the default namespace).
  const workbook = XLSX.read(readFileSync(file), { cellNF: true });
  expect(workbook.SheetNames).toEqual(['Tổng hợp', 'Theo đối tác', 'Theo ngành VSIC', 'Theo xã, phường', 'Theo KCN']);
  const summary = workbook.Sheets['Tổng hợp'];
  const cutoff = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10).split('-').reverse().join('/');
  expect(text(summary, 'A5')).toBe(`BÁO CÁO TÌNH HÌNH THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI) 01/01 – ${cutoff}`);
  expect(text(summary, 'A1')).toBe('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
  expect(text(summary, 'E7')).toBe('Đơn vị: triệu USD');

  const last = XLSX.utils.decode_range(summary['!ref']!).e.r + 1;
  const rowOf = (label: string) => Array.from({ length: last }, (_, i) => i + 1).find((r) => text(summary, `B${r}`) === label) ?? 0;
  const validRow = rowOf('Lũy kế dự án còn hiệu lực đến ngày chốt số liệu');
  const capitalRow = rowOf('Tổng vốn đăng ký lũy kế');
  expect(validRow).toBeGreaterThan(8);
  expect(summary[`D${validRow}`].v).toBe(figures.validProjects);
  // Money in millions of USD, as the provincial layout has it.
  expect(summary[`D${capitalRow}`].v).toBeCloseTo(figures.validCapitalUsd / 1_000_000, 6);
  expect(summary[`D${capitalRow}`].z).toBe('#,##0.00');
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
