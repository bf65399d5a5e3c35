import { expect, test } from '@playwright/test';
import { ARTIFACTS, signIn } from './support';

test.setTimeout(180_000);

test('the legal bases page lists documents, parameters and the calendar years, flagging what is unconfirmed', async ({ page }) => {
  await page.goto('/legal');
  await signIn(page, 'admin@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Căn cứ pháp lý', { timeout: 60_000 });

  const decree96 = page.locator('[data-testid="legal-doc"][data-number="96/2026/NĐ-CP"]');
  await expect(decree96).toContainText('Quy định chi tiết Luật Đầu tư 143/2025/QH15');
  await expect(decree96.getByTestId('legal-doc-unconfirmed')).toBeVisible();
  await expect(decree96.getByTestId('legal-doc-procedure').first()).toContainText('fdi-');
  await expect(page.getByTestId('legal-export')).toHaveAttribute('href', '/api/v1/legal/documents/export');
  await page.screenshot({ path: `${ARTIFACTS}/legal-documents.png`, fullPage: false });

  await page.getByTestId('legal-tab-parameters').click();
  const irc = page.locator('[data-testid="legal-param-row"][data-name="ircIssuePeriod"]');
  await expect(irc).toContainText('10 ngày');
  await irc.getByTestId('legal-param-open').click();
  await expect(page.getByTestId('legal-version-row')).toHaveCount(3);
  await expect(page.getByTestId('legal-param-versions')).toContainText('Chưa xác nhận');
  await page.screenshot({ path: `${ARTIFACTS}/legal-parameters.png`, fullPage: true });

  await page.getByTestId('legal-tab-calendar').click();
  const y2027 = page.locator('[data-testid="calendar-year"][data-year="2027"]');
  await expect(y2027.getByTestId('calendar-warning')).toContainText('thông báo nghỉ lễ năm 2027 chưa được nhập');
  await expect(page.locator('[data-testid="calendar-year"][data-year="2026"]')).toContainText('9441/TB-BNV');
  await page.screenshot({ path: `${ARTIFACTS}/legal-calendar.png`, fullPage: true });
});
