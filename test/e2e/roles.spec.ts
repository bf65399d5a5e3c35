import { expect, test } from '@playwright/test';
import { ARTIFACTS, signIn } from './support';

/**
 * The web app decides by the permissions GET /api/account/me names (the server's policies), not by role: each demo role
 * lands on its page and sees the menu its permissions allow. A screenshot per role, at desktop width and at 390 px.
 */
const BASE = ['dashboard', 'projects', 'contributions', 'tasks', 'procedures', 'proposals', 'enterprise-reports', 'reports'];
const ROLES: { user: string; landing: RegExp; extra: string[] }[] = [
  { user: 'admin', landing: /\/$/, extra: ['freeze-exceptions', 'admin'] },
  { user: 'officer', landing: /\/$/, extra: ['freeze-exceptions'] },
  { user: 'approver', landing: /\/$/, extra: [] },
  { user: 'leader', landing: /\/$/, extra: ['freeze-exceptions'] },
  { user: 'viewer', landing: /\/$/, extra: [] },
  { user: 'owner', landing: /\/projects$/, extra: [] },
  { user: 'agency.finance', landing: /\/tasks$/, extra: [] },
];

for (const { user, landing, extra } of ROLES) {
  test(`${user}: lands on its page and sees the menu its permissions allow`, async ({ page }) => {
    await page.goto('/');
    await signIn(page, `${user}@investaid.local`);
    await expect(page).toHaveURL(landing);
    const nav = page.getByTestId('sidenav');
    await expect(nav.getByTestId('nav-dashboard')).toBeVisible();
    const shown = await nav.locator('[data-testid^="nav-"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-testid')!.slice(4)).filter((id) => !id.endsWith('-count')));
    expect(new Set(shown)).toEqual(new Set([...BASE, ...extra]));
    await expect(page.getByTestId('page-title')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${ARTIFACTS}/role-${user}.png`, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId('page-title')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${ARTIFACTS}/role-${user}-390.png`, fullPage: true });
  });
}
