import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
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
  await expect(page.getByTestId('oda-excel')).toHaveAttribute('href', new RegExp(`/api/v1/reports/oda/xlsx\\?year=${year}$`));
  const odaReport = await (await page.request.get(`/api/v1/reports/oda?year=${year}`)).json();
  if (odaReport.byDonor.length > 0) {
    await expect(page.getByTestId('oda-total')).toContainText('Tổng cộng');
    await expect(page.getByTestId('oda-report').locator('tbody tr')).toHaveCount(odaReport.byDonor.length);
  }
  await page.screenshot({ path: `${ARTIFACTS}/reports-oda.png`, fullPage: true });
  // The IATI file of each tab is that kind's activities (the export refuses a request that names no kind).
  const iati = async (testId: string, kind: string) => {
    await expect(page.getByTestId(testId)).toHaveAttribute('href', new RegExp(`/api/v1/export/iati\\?year=${year}&kind=${kind}$`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const file = `${ARTIFACTS}/iati-${kind}-${year}.xml`;
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<iati-activities /);
  };
  await iati('report-iati', 'oda');

  const ngo = page.waitForResponse((r) => r.url().includes(`/api/v1/reports/ngo?year=${year}`));
  await page.getByTestId('report-tab-ngo').click();
  expect((await ngo).status()).toBe(200);
  await expect(page.getByTestId('ngo-error')).toHaveCount(0);
  await expect(page.getByTestId('ngo-counts')).toContainText('chương trình');
  await expect(page.getByTestId('ngo-excel')).toHaveAttribute('href', new RegExp(`/api/v1/reports/ngo/xlsx\\?year=${year}$`));
  await page.screenshot({ path: `${ARTIFACTS}/reports-ngo.png`, fullPage: true });
  await iati('ngo-iati', 'ngo');

  // A failing endpoint shows a clear Vietnamese message with a reload button, not an empty table.
  await page.route('**/api/v1/reports/ngo?*', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }));
  await page.getByTestId('report-tab-oda').click();
  await page.getByTestId('report-tab-ngo').click();
  await expect(page.getByTestId('ngo-error')).toContainText(`Không tải được báo cáo viện trợ phi chính phủ năm ${year}`);
});

test('the report draft: a figure opens its rows, the Word draft links each figure to them, and a template made in another program replaces the shipped one', async ({ page }) => {
  const year = new Date().getFullYear() - 1;
  // A link into the page, as the Word draft's figures are: the tab and the period come from the address.
  await page.goto(`/reports?tab=draft&from=${year}-01-01&to=${year}-12-31`);
  await signIn(page, OFFICER, PASSWORD);
  await expect(page.getByTestId('report-tab-draft')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('draft-oda')).toBeVisible({ timeout: 30_000 });
  const json = await (await page.request.get(`/api/v1/reports/draft?year=${year}`)).json();
  const ngo = json.vi.find((p: { section: string }) => p.section === 'ngo');
  const ngoText: string = ngo.segments.map((s: { text: string }) => s.text).join('');
  await expect(page.getByTestId('draft-ngo')).toHaveText(ngoText);
  await page.screenshot({ path: `${ARTIFACTS}/reports-draft.png`, fullPage: true });

  // A figure with rows behind it opens its table with those rows marked.
  const figure = json.vi.flatMap((p: { segments: { text: string; key?: string; rows?: string[]; link?: string }[] }) => p.segments)
    .find((s: { key?: string; rows?: string[] }) => s.key?.startsWith('oda.') && (s.rows?.length ?? 0) > 0);
  expect(figure, 'the demo year has an ODA figure with rows').toBeTruthy();
  await page.getByTestId('draft-oda').locator(`a[data-key="${figure.key}"]`).click();
  await expect(page.getByTestId('report-tab-oda')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tr.highlight')).toHaveCount(figure.rows.length);

  // The Word draft, read by mammoth (not by our code): the same text, every figure a hyperlink to its rows. (The template in use
  // is the shipped one on a fresh database; on a rerun, the one uploaded below, which has the same three paragraphs.)
  const wordDraft = async (): Promise<{ html: string; text: string }> => {
    const response = await page.request.get(`/api/v1/reports/draft/docx?year=${year}&lang=vi`);
    expect(response.ok(), await response.text()).toBeTruthy();
    const buffer = await response.body();
    const [html, raw] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
    return { html: html.value, text: raw.value };
  };
  const shipped = await wordDraft();
  expect(shipped.text).toContain(ngoText);
  const hrefs = [...shipped.html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  const linked = json.vi.flatMap((p: { segments: { link?: string }[] }) => p.segments).filter((s: { link?: string }) => s.link);
  expect(hrefs).toHaveLength(linked.length);
  const rowsLink = hrefs.find((h) => h.includes(`rows=${encodeURIComponent(figure.rows.join(','))}`));
  expect(rowsLink, hrefs.join('\n')).toBeTruthy();

  // Opening that link shows the rows marked, scrolled to their table.
  const target = new URL(rowsLink!);
  await page.goto(target.pathname + target.search + target.hash);
  await expect(page.getByTestId('report-tab-oda')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tr.highlight')).toHaveCount(figure.rows.length);

  // A department's own template, made with the docx library, uploaded on the page; the next draft is built from it.
  await page.goto('/reports?tab=draft');
  await expect(page.getByTestId('draft-template')).toBeVisible();
  const heading = `MẪU BÁO CÁO CỦA SỞ ${Date.now()}`;
  const template = await Packer.toBuffer(new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: heading, bold: true })] }),
        ...['fdi', 'oda', 'ngo'].flatMap((section) => [
          new Paragraph({ children: [new TextRun({ text: `{{${section}.heading}}`, bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: `{{${section}}}`, font: 'Times New Roman' })] }),
        ]),
      ],
    }],
  }));
  await page.getByTestId('draft-template-file').setInputFiles({ name: 'mau-cua-so.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: template });
  await expect(page.getByTestId('draft-template-message')).toContainText('mau-cua-so.docx');
  const versions = page.getByTestId('draft-template-versions');
  await expect(versions.locator('tbody tr').first()).toContainText('mau-cua-so.docx');
  await expect(versions.locator('tbody tr').first()).toContainText('Nguyễn Thị Hương');
  await expect(versions).not.toContainText('@');
  await page.getByTestId('draft-template').screenshot({ path: `${ARTIFACTS}/reports-draft-template.png` });
  const own = await wordDraft();
  expect(own.text).toContain(heading);
  expect(own.text).toContain(ngoText);
  expect(own.text).not.toContain('{{');
  expect([...own.html.matchAll(/<a href="/g)]).toHaveLength(linked.length);

  // Not a Word file: the server's message, nothing replaced.
  await page.getByTestId('draft-template-file').setInputFiles({ name: 'mau.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải docx') });
  await expect(page.getByTestId('draft-template-message')).toContainText('Word');
  await expect(versions.locator('tbody tr').first()).toContainText('mau-cua-so.docx');
});
