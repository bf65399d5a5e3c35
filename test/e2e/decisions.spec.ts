import { expect, test } from '@playwright/test';
import { ARTIFACTS, signIn } from './support';

const OFFICER = 'officer@investaid.local';

test('an officer opens a decision table in dmn-js, tries it unsaved, edits a rule, saves and publishes it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/procedures');
  await signIn(page, OFFICER);
  await page.getByTestId('procedures-decisions-link').click();
  await expect(page.getByTestId('page-title')).toHaveText('Bảng quyết định (DMN)');

  await expect(page.locator('.tjs-table')).toBeVisible();
  // The NGO aid authority table of the shipped procedures, drawn by dmn-js.
  await page.getByTestId('decisions-file').selectOption('ngo-aid-decisions@1');
  await page.getByTestId('decisions-view').filter({ hasText: 'Thẩm quyền phê duyệt khoản viện trợ' }).click();
  const table = page.locator('.tjs-table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('Giá trị khoản viện trợ (USD)');
  await expect(table).toContainText('"PrimeMinister"');

  // Tried unsaved: an aid under the threshold, not sensitive → the provincial chairman, PMU optional.
  await page.getByTestId('decisions-test-variables').fill('{"sensitiveField": false, "aidAmountUsd": 150000, "pmuThresholdUsd": 200000}');
  await page.getByTestId('decisions-test-run').click();
  const result = page.getByTestId('decisions-test-result');
  await expect(result).toContainText('Cấp phê duyệt');
  await expect(result).toContainText('true');
  await expect(page.getByTestId('decisions-test-trace')).toContainText('Thẩm quyền phê duyệt khoản viện trợ');
  await page.screenshot({ path: `${ARTIFACTS}/decisions.png`, fullPage: true });

  // Bad variables: a clear message, nothing sent.
  await page.getByTestId('decisions-test-variables').fill('[1, 2]');
  await page.getByTestId('decisions-test-run').click();
  await expect(page.getByTestId('decisions-test-error')).toContainText('đối tượng JSON');

  // Edit the first rule's annotation in the table, try again: the trace names the edited rule.
  const annotation = table.locator('tbody tr').first().locator('td.annotation');
  await annotation.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (đã rà soát)');
  await expect(annotation).toContainText('dự án (đã rà soát)');
  // Leaving the cell commits the edit to the model.
  await page.getByTestId('decisions-test-variables').click();
  await page.getByTestId('decisions-test-variables').fill('{"sensitiveField": true, "aidAmountUsd": 150000, "pmuThresholdUsd": 200000}');
  await page.getByTestId('decisions-test-run').click();
  await expect(page.getByTestId('decisions-test-trace')).toContainText('(đã rà soát)');

  await page.getByTestId('decisions-save').click();
  await expect(page.getByTestId('decisions-notice')).toContainText(/bản nháp phiên bản \d+/);
  const version = (await page.getByTestId('decisions-notice').textContent())!.match(/phiên bản (\d+)/)![1];
  await page.getByTestId('decisions-publish').click();
  await expect(page.getByTestId('decisions-notice')).toContainText(`Đã ban hành "Viện trợ phi chính phủ: thẩm quyền phê duyệt và ban quản lý dự án" phiên bản ${version}`);
  await expect(page.getByTestId('decisions-file').locator('option', { hasText: `phiên bản ${version} (Đang áp dụng)` })).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/decisions-phone.png`, fullPage: true });
  expect(violations).toEqual([]);
});
