import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';

test('signs in, shows the shell in Vietnamese and English, signs out', async ({ page }) => {
  await page.goto('/projects');

  // Not signed in: the guard sends us to the sign-in page, in Vietnamese by default.
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fprojects/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.screenshot({ path: `${ARTIFACTS}/login-vi.png`, fullPage: true });

  await signIn(page, OFFICER, PASSWORD);

  // Back where we wanted to go, inside the shell.
  await expect(page).toHaveURL(/\/projects$/);
  const nav = page.getByTestId('sidenav');
  await expect(nav.getByTestId('nav-dashboard')).toHaveText('Tổng quan');
  await expect(nav.getByTestId('nav-projects')).toHaveText('Dự án');
  await expect(nav.getByTestId('nav-tasks')).toHaveText('Công việc');
  await expect(nav.getByTestId('nav-procedures')).toHaveText('Quy trình');
  await expect(nav.getByTestId('nav-reports')).toHaveText('Báo cáo');
  await expect(nav.getByTestId('nav-admin')).toHaveCount(0); // officer is not an admin
  await expect(page.getByTestId('page-title')).toHaveText('Dự án');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.getByTestId('user-name')).not.toBeEmpty();
  await page.screenshot({ path: `${ARTIFACTS}/shell-vi.png`, fullPage: true });

  await page.getByTestId('lang-en').click();
  await expect(nav.getByTestId('nav-projects')).toHaveText('Projects');
  await expect(nav.getByTestId('nav-tasks')).toHaveText('Tasks');
  await expect(page.getByTestId('page-title')).toHaveText('Projects');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${ARTIFACTS}/shell-en.png`, fullPage: true });

  // The choice survives a reload.
  await page.reload();
  await expect(nav.getByTestId('nav-projects')).toHaveText('Projects');

  await page.getByTestId('user-menu').click();
  await page.screenshot({ path: `${ARTIFACTS}/user-menu-en.png` });
  await page.getByTestId('sign-out').click();

  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-submit')).toBeVisible();

  // Signed out for real: the shell is no longer reachable.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password shows the error message', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, OFFICER, `${PASSWORD}-wrong`);

  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(/mật khẩu không đúng/i);
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: `${ARTIFACTS}/login-error-vi.png`, fullPage: true });
});

test('the sign-in form asks for missing fields', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-email-error')).toHaveText('Vui lòng nhập email.');
  await expect(page.getByTestId('login-password-error')).toHaveText('Vui lòng nhập mật khẩu.');
});
