import { expect, test } from '@playwright/test';
import { ARTIFACTS, signIn } from './support';

test('an administrator opens a shipped form in the form editor and saves a draft of it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/admin/forms');
  await signIn(page, 'admin@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Biểu mẫu');
  // The shipped forms are listed by their titles; the first opens in the form-js editor with its Vietnamese labels.
  await expect(page.getByTestId('forms-open').locator('option')).toHaveCount(4, { timeout: 30_000 });
  await page.getByTestId('forms-open').selectOption('dossier-completeness');
  const editor = page.getByTestId('forms-editor');
  await expect(editor.getByText('Thành phần hồ sơ đã nhận').first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${ARTIFACTS}/form-editor.png`, fullPage: true });
  // Saving names the version opened (If-Match): a new draft version, which can then be published.
  await page.getByTestId('forms-save').click();
  await expect(page.getByTestId('forms-notice')).toContainText('Kiểm tra thành phần hồ sơ');
  await expect(page.getByTestId('forms-publish')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 900 });
  // The navigation drawer slides away when the window narrows: wait for it to be gone.
  await expect(page.getByTestId('page-title')).toBeInViewport({ ratio: 1 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${ARTIFACTS}/form-editor-390.png`, fullPage: true });
});
