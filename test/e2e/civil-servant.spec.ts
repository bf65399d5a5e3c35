import { expect, test } from '@playwright/test';
import { ARTIFACTS, signIn } from './support';

// Each step waits on a server round trip; a busy CI machine gets the time a person would give it.
const wait = { timeout: 30_000 };

test('a viewer typing /projects/new lands on the "not allowed" page, not on a form that fails to save', async ({ page }) => {
  await page.goto('/projects/new');
  await signIn(page, 'viewer@investaid.local');
  await expect(page).toHaveURL(/\/forbidden\?from=%2Fprojects%2Fnew/, wait);
  await expect(page.getByTestId('page-title')).toHaveText('Không có quyền truy cập', wait);
  await expect(page.getByTestId('forbidden')).toContainText('/projects/new', wait);
});

test('the administrator finds users by name, sees their roles by name, and creates one who can sign in', async ({ page, browser }) => {
  await page.goto('/admin/users');
  await signIn(page, 'admin@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Người dùng và vai trò', wait);
  await page.getByTestId('users-search').fill('huong');
  const officer = page.getByTestId('user-row').filter({ hasText: 'Nguyễn Thị Hương' });
  await expect(officer).toContainText('Chuyên viên', wait);

  const email = `e2e.${Date.now()}@investaid.local`;
  await page.getByTestId('user-add').click();
  await page.getByTestId('user-email').fill(email);
  await page.getByTestId('user-name-input').fill('Đặng Thu Hà');
  await page.getByTestId('user-password-input').fill('E2e-Mat-khau-2026!');
  await page.getByTestId('user-role-viewer').uncheck();
  await page.getByTestId('user-role-officer').check();
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId('users-message')).toContainText('Đặng Thu Hà', wait);
  await page.screenshot({ path: `${ARTIFACTS}/admin-users.png`, fullPage: true });

  const other = await browser.newPage();
  await other.goto('/login');
  await signIn(other, email, 'E2e-Mat-khau-2026!');
  await expect(other.getByTestId('user-name')).toHaveText('Đặng Thu Hà', wait);
  await other.close();
});

test('an officer records a capital contribution with the date typed day first and finds it in the list', async ({ page }) => {
  await page.goto('/capital-contributions');
  await signIn(page, 'officer@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Góp vốn, mua cổ phần', wait);
  const word = `E2E${Date.now()}`;
  await page.getByTestId('contribution-add').click();
  await page.getByTestId('cf-investorName').fill(`Samsung ${word}`);
  await page.getByTestId('cf-countryCode').selectOption('KR');
  await page.getByTestId('cf-date').fill('02/12/2026');
  await page.getByTestId('cf-targetEnterprise').fill(`Công ty Điện tử ${word}`);
  await page.getByTestId('cf-valueUsd').fill('1250000');
  await page.getByTestId('contribution-save').click();
  await page.getByTestId('contributions-q').fill(word);
  const row = page.getByTestId('contribution-row').filter({ hasText: word });
  await expect(row).toContainText('02/12/2026', wait);
  await expect(row).toContainText('1.250.000,00 USD', wait);
  await expect(row).toContainText('Hàn Quốc', wait);
  await page.screenshot({ path: `${ARTIFACTS}/capital-contributions.png`, fullPage: true });
});
