import type { Page } from '@playwright/test';

/** Demo password of the seeded users (demo data only; a real deployment sets INVESTAID_DEMO_PASSWORD or has none). */
export const PASSWORD = process.env.INVESTAID_DEMO_PASSWORD || 'InvestAid@2026';

/** Screenshots and downloads for people to look at (git-ignored). */
export const ARTIFACTS = 'artifacts';

/** Signs in through the sign-in page, as a person does. */
export async function signIn(page: Page, email: string, password: string = PASSWORD) {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
