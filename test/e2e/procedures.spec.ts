import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

const OFFICER = 'officer@investaid.local';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const LEADER = 'leader@investaid.local';
const APPROVER = 'approver@investaid.local';
const FINANCE = 'agency.finance@investaid.local';
const POLICE = 'agency.police@investaid.local';

/** A fresh browser context signed in as `email`, on `path`. */
async function pageAs(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await signIn(page, email);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  return page;
}

/** The diagram element `id` is drawn inside the diagram's box, not clipped away by the fitting. */
async function expectInView(diagram: Locator, id: string): Promise<void> {
  const box = await diagram.boundingBox();
  const element = await diagram.locator(`g.djs-element[data-element-id="${id}"]`).boundingBox();
  expect(box && element, `${id} has a box`).toBeTruthy();
  const cx = element!.x + element!.width / 2;
  const cy = element!.y + element!.height / 2;
  expect(cx > box!.x && cx < box!.x + box!.width && cy > box!.y && cy < box!.y + box!.height, `${id} in view`).toBe(true);
}

/** Creates an NGO-aid project through the API as the officer (cookie sign-in + anti-forgery header). */
async function createNgoProject(request: APIRequestContext, name: string): Promise<string> {
  const login = await request.post('/api/account/login?useCookies=true', { data: { email: OFFICER, password: PASSWORD } });
  expect(login.ok()).toBeTruthy();
  await request.get('/api/account/me');
  const state = await request.storageState();
  const xsrf = state.cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const created = await request.post('/api/v1/projects', {
    headers: { 'X-XSRF-TOKEN': xsrf },
    data: {
      kind: 'NgoAid',
      nameVi: name,
      ownerName: 'Tổ chức Tầm nhìn Thế giới',
      donorCode: 'WVI',
      ngo: {
        aidType: 'Project',
        committedAmount: 150000,
        currency: 'USD',
        rateToUsd: 1,
        receivingAgencyCode: null,
        field: 'Y tế cộng đồng',
        approvalDate: null,
        approvalDecisionNumber: null,
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).id as string;
}

/** Opens the inbox row of the project's task and answers it. */
async function answerInInbox(page: Page, projectName: string, outcome: string, comment: string, nextStepIsMine = false, fill?: (form: Locator) => Promise<void>) {
  await page.goto('/tasks');
  await expect(page.getByTestId('page-title')).toHaveText('Công việc');
  const row = page.getByTestId('inbox-row').filter({ hasText: projectName });
  // Group tasks sit in "Của nhóm"; the page opens on it when the user has claimed nothing.
  if ((await row.count()) === 0) await page.getByTestId('inbox-tab-groups').click();
  await expect(row).toHaveCount(1);
  await row.getByTestId('inbox-open').click();
  await expect(page).toHaveURL(/\/tasks\/.+/);
  await expect(page.getByTestId('dossier-summary')).toContainText('Phê duyệt khoản viện trợ phi chính phủ nước ngoài');
  if (comment) await page.getByTestId('task-comment').fill(comment);
  if (fill) await fill(page.getByTestId('task-form'));
  await page.getByTestId(`outcome-${outcome}`).click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByTestId('inbox-notice')).toBeVisible();
  // The project leaves this inbox, unless the model's next step is this user's too (the director signs, then decides).
  if (!nextStepIsMine) await expect(page.getByTestId('inbox-row').filter({ hasText: projectName })).toHaveCount(0);
}

test('an NGO aid dossier goes from receipt through consultation and appraisal to the leader approval', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `Chăm sóc sức khoẻ bà mẹ trẻ em ${suffix}`;
  const projectId = await createNgoProject(request, name);

  // The officer receives the dossier on the project's Hồ sơ / thủ tục tab, consulting finance and police.
  await page.goto(`/projects/${projectId}`);
  await signIn(page, OFFICER);
  await expect(page.getByTestId('page-title')).toHaveText(name);
  await page.getByTestId('tab-dossiers').click();
  await page.getByTestId('dossier-start').click();
  await expect(page.getByTestId('dossier-procedure')).toHaveValue('ngo-aid-approval');
  await expect(page.getByTestId('dossier-submit')).toBeDisabled();
  await page.getByTestId('agency-STC').check();
  await page.getByTestId('agency-CAT').check();
  await page.getByTestId('dossier-submit').click();
  // The first dossier of a fresh host also warms the start path (procedure, legal parameters, decisions): give it time.
  await expect(page.getByTestId('dossier-dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('dossier-row')).toHaveCount(1);
  await expect(page.getByTestId('dossier-status')).toHaveText('Đang giải quyết');
  await expect(page.getByTestId('bpmn-diagram')).toHaveAttribute('data-state', 'ready');

  // Completeness check: the inbox shows it; "Trả lại"-style outcomes are not offered here, the model's are.
  await page.goto('/tasks');
  const checkRow = page.getByTestId('inbox-row').filter({ hasText: name });
  if ((await checkRow.count()) === 0) await page.getByTestId('inbox-tab-groups').click();
  await expect(checkRow).toHaveCount(1);
  await expect(checkRow.getByTestId('inbox-step')).toHaveText('Kiểm tra tính đầy đủ, hợp lệ của hồ sơ');
  await expect(checkRow.getByTestId('inbox-received')).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await page.screenshot({ path: `${ARTIFACTS}/procedures-inbox.png`, fullPage: true });
  await checkRow.getByTestId('inbox-open').click();
  await expect(page.getByTestId('outcome-complete')).toHaveText('Hoàn thành');
  await expect(page.getByTestId('outcome-supplement')).toHaveText('Yêu cầu bổ sung');
  // The officer attaches the scanned application (content-checked by the server) and it is listed for download.
  await page.getByTestId('document-upload').setInputFiles({ name: 'don-de-nghi.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1PX, 'base64') });
  await expect(page.getByTestId('dossier-document')).toHaveCount(1);
  await expect(page.getByTestId('dossier-document')).toContainText('don-de-nghi.png');
  // The step's Camunda Form (form-js, its Vietnamese labels from the .form file): the checklist of documents received is
  // required, so completing without it is refused with the message on that field; ticked, the step completes.
  const form = page.getByTestId('task-form');
  await expect(form.getByText('Thành phần hồ sơ đã nhận')).toBeVisible();
  await page.getByTestId('task-comment').fill('Hồ sơ đầy đủ, hợp lệ.');
  await page.getByTestId('outcome-complete').click();
  await expect(page.getByTestId('task-submit-error')).toBeVisible();
  await expect(form.locator('.fjs-form-field-error')).toHaveCount(1);
  await expect(page).toHaveURL(/\/tasks\/.+/);
  await page.screenshot({ path: `${ARTIFACTS}/task-form-error.png`, fullPage: true });
  await form.getByLabel('Văn bản đề nghị').check();
  await form.getByLabel('Đề xuất dự án, văn kiện dự án').check();
  await form.getByLabel('Số bộ hồ sơ').fill('2');
  await expect(form.locator('.fjs-form-field-error')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/task-form.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${ARTIFACTS}/task-form-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('outcome-complete').click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByTestId('inbox-notice')).toContainText('Hoàn thành');

  // Each consulted agency answers in its own inbox.
  for (const agency of [FINANCE, POLICE]) {
    const agencyPage = await pageAs(browser, agency, '/tasks');
    await answerInInbox(agencyPage, name, 'agree', agency === FINANCE ? 'Sở Tài chính thống nhất.' : 'Công an tỉnh không có ý kiến khác.');
    await agencyPage.context().close();
  }

  // The approval chain: the officer drafts the appraisal report and submission, the head of division forwards it, the director signs.
  await answerInInbox(page, name, 'submit', 'Báo cáo thẩm định: đề nghị phê duyệt.', false, async (form) => {
    await form.locator('textarea').fill('Khoản viện trợ phù hợp quy hoạch và nhu cầu của địa phương.');
    await form.getByRole('radio', { name: 'Chấp thuận', exact: true }).check();
  });
  const approver = await pageAs(browser, APPROVER, '/tasks');
  await answerInInbox(approver, name, 'forward', 'Trình Giám đốc ký.');
  await approver.context().close();
  const leader = await pageAs(browser, LEADER, '/tasks');
  await answerInInbox(leader, name, 'sign', 'Ký tờ trình.', true);

  // 150,000 USD, not in a sensitive field: the decision table sends it to the provincial Chairperson.
  // A return without a comment is refused before anything is sent.
  await leader.goto('/tasks');
  const decideRow = leader.getByTestId('inbox-row').filter({ hasText: name });
  if ((await decideRow.count()) === 0) await leader.getByTestId('inbox-tab-groups').click();
  await expect(decideRow).toHaveCount(1);
  await expect(decideRow.getByTestId('inbox-step')).toHaveText('Chủ tịch UBND tỉnh quyết định');
  await decideRow.getByTestId('inbox-open').click();
  await expect(leader.getByTestId('task-signer-name')).not.toHaveValue('');
  await leader.getByTestId('task-sign-mode').selectOption('KT');
  await leader.getByTestId('task-signer-title').fill('Phó Chủ tịch');
  await leader.getByTestId('task-on-behalf-name').fill('Phạm Minh Đức');
  await leader.getByTestId('task-on-behalf-title').fill('Chủ tịch');
  await leader.getByTestId('task-form').getByLabel('Số quyết định').fill('321/QĐ-UBND');
  await leader.screenshot({ path: `${ARTIFACTS}/procedures-decide-signature.png`, fullPage: true });
  await expect(leader.getByTestId('task-timeline')).toContainText('Sở Tài chính thống nhất.');
  await expect(leader.getByTestId('outcome-approve')).toHaveText('Phê duyệt');
  await expect(leader.getByTestId('outcome-reject')).toHaveText('Không phê duyệt');
  await expect(leader.getByTestId('outcome-return')).toHaveText('Trả lại');
  await leader.getByTestId('outcome-return').click();
  await expect(leader.getByTestId('task-comment-error')).toBeVisible();
  await leader.getByTestId('task-comment').fill('Đồng ý phê duyệt khoản viện trợ.');
  await leader.getByTestId('outcome-approve').click();
  await expect(leader).toHaveURL(/\/tasks$/);
  await expect(leader.getByTestId('inbox-notice')).toContainText('Phê duyệt');
  await leader.context().close();

  // The project is approved and its dossier's diagram shows the path taken in green.
  await page.goto(`/projects/${projectId}?tab=dossiers`);
  await expect(page.getByTestId('status-badge')).toHaveText('Đã phê duyệt');
  await expect(page.getByTestId('dossier-status')).toHaveText('Đã phê duyệt');
  // The decision number entered in the decision form is the dossier's.
  await expect(page.locator('p.decision')).toContainText('321/QĐ-UBND');
  const diagram = page.getByTestId('bpmn-diagram');
  await expect(diagram).toHaveAttribute('data-state', 'ready');
  for (const id of ['check', 'consult', 'draft', 'review', 'authority', 'sign', 'decide', 'setApproved', 'notifyPmu']) {
    await expect(diagram.locator(`g.djs-element[data-element-id="${id}"]`)).toHaveClass(/ia-done/);
  }
  await expect(diagram.locator('g.djs-element[data-element-id="notifyDonor"]')).toHaveClass(/ia-current/);
  // The long procedure is shown at a legible scale around the step it waits at.
  await expectInView(diagram, 'notifyDonor');
  await expect(page.getByTestId('dossier-history')).toContainText('Chủ tịch UBND tỉnh quyết định');
  await expect(page.getByTestId('dossier-history')).toContainText('Đồng ý phê duyệt khoản viện trợ.');
  await page.setViewportSize({ width: 1366, height: 1000 });
  await page.getByTestId('dossier-progress').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/procedures-diagram.png` });
});

test('the procedures list shows versions with legal basis, and a version shows its diagram', async ({ page }) => {
  await page.goto('/procedures');
  await signIn(page, OFFICER);
  await expect(page.getByTestId('page-title')).toHaveText('Quy trình');
  const ngo = page.locator('[data-testid="procedure"][data-key="ngo-aid-approval"]');
  await expect(ngo.getByTestId('procedure-version')).toHaveCount(2);
  await expect(ngo).toContainText('Nghị định 80/2020');
  await ngo.locator('[data-testid="procedure-version"][data-version="1"]').getByTestId('procedure-view').click();
  await expect(page).toHaveURL(/\/procedures\/ngo-aid-approval\/1$/);
  await expect(page.getByTestId('bpmn-diagram')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('g.djs-element[data-element-id="decide"]')).toBeVisible();
  // A procedure with no dossier is shown from its start.
  await expectInView(page.getByTestId('bpmn-diagram'), 'receive');
  await page.screenshot({ path: `${ARTIFACTS}/procedures-version.png`, fullPage: true });
});

test('the modeler shows the server errors of an invalid draft, and saves and publishes a valid one', async ({ page }) => {
  // bpmn-js must run under the host's CSP (no inline scripts, no eval): any violation fails the test.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // A blank diagram with a task that no sequence flow leads to.
  await page.goto('/procedures/modeler');
  await signIn(page, OFFICER);
  await expect(page.getByTestId('page-title')).toHaveText('Soạn thảo quy trình');
  await expect(page.locator('[data-testid="modeler-canvas"] g.djs-element[data-element-id="receive"]')).toBeVisible();
  const suffix = Date.now().toString(36);
  await page.getByTestId('modeler-key').fill(`e2e-invalid-${suffix}`);
  await page.locator('.djs-palette [data-action="create.task"]').click();
  await page.getByTestId('modeler-canvas').click({ position: { x: 420, y: 200 } });
  await expect(page.locator('[data-testid="modeler-canvas"] g.djs-element[data-element-id^="Activity_"]')).toHaveCount(1);
  await page.getByTestId('modeler-save').click();
  await expect(page.getByTestId('modeler-error')).toContainText('Mô hình chưa hợp lệ');
  await expect(page.getByTestId('modeler-bpmn-error')).toContainText(/Phần tử Activity_\w+, dòng \d+: The element has no incoming sequence flow/);
  await page.screenshot({ path: `${ARTIFACTS}/procedures-modeler-errors.png`, fullPage: true });

  // An existing version saved under a new key is valid: it becomes a draft, then is published.
  await page.goto('/procedures/modeler?from=oda-proposal&version=1');
  await expect(page.locator('[data-testid="modeler-canvas"] g.djs-element').first()).toBeVisible();
  const key = `e2e-draft-${suffix}`;
  await page.getByTestId('modeler-key').fill(key);
  await page.getByTestId('modeler-name').fill(`Quy trình thử nghiệm ${suffix}`);
  await page.getByTestId('modeler-legal').fill('Thử nghiệm e2e');
  await page.getByTestId('modeler-save').click();
  await expect(page.getByTestId('modeler-notice')).toContainText(`${key} phiên bản 1`);
  await page.screenshot({ path: `${ARTIFACTS}/procedures-modeler.png`, fullPage: true });
  await page.getByTestId('modeler-publish').click();
  await expect(page.getByTestId('modeler-notice')).toContainText(`Đã ban hành ${key} phiên bản 1`);
  await page.goto('/procedures');
  await expect(page.locator(`[data-testid="procedure"][data-key="${key}"]`)).toContainText('Đang áp dụng');
  expect(violations).toEqual([]);
});

test('a dossier returned for supplements pauses its clock and comes back to the check once supplemented', async ({ page, request }) => {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `Nước sạch cho trường học ${suffix}`;
  const projectId = await createNgoProject(request, name);

  await page.goto(`/projects/${projectId}?tab=dossiers`);
  await signIn(page, OFFICER);
  await page.getByTestId('dossier-start').click();
  await page.getByTestId('agency-STC').check();
  await page.getByTestId('dossier-submit').click();
  await expect(page.getByTestId('dossier-row')).toHaveCount(1);

  // Returned for supplements, the check still records what was received and says what is missing.
  await answerInInbox(page, name, 'supplement', 'Bổ sung văn bản cam kết của nhà tài trợ.', false, async (form) => {
    await form.getByLabel('Văn bản đề nghị').check();
    await form.getByLabel('Thành phần còn thiếu, cần bổ sung').fill('Văn bản cam kết của nhà tài trợ.');
  });

  await page.goto(`/projects/${projectId}?tab=dossiers`);
  await expect(page.getByTestId('dossier-resubmit-box')).toBeVisible();
  await expect(page.getByTestId('bpmn-diagram')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('g.djs-element[data-element-id="waitResubmit"]')).toHaveClass(/ia-current/);
  await page.getByTestId('dossier-resubmit').click();
  await expect(page.getByTestId('dossier-resubmit-box')).toHaveCount(0);
  await expect(page.getByTestId('dossier-pauses')).toBeVisible();
  await expect(page.getByTestId('dossier-history')).toContainText('Kiểm tra tính đầy đủ, hợp lệ của hồ sơ');
  await expect(page.locator('g.djs-element[data-element-id="check"]')).toHaveClass(/ia-current/);

  // Suspended, the procedure says so and its steps cannot be completed; resumed, it goes on.
  await page.getByTestId('dossier-hold').click();
  await expect(page.getByTestId('dossier-suspended')).toContainText('Thủ tục đang tạm dừng');
  await expect(page.getByTestId('dossier-hold')).toHaveText('Tiếp tục thủ tục');
  await page.screenshot({ path: `${ARTIFACTS}/procedures-suspended.png`, fullPage: true });
  // The API as the officer, on the cookie session createNgoProject opened (state changes echo the XSRF token).
  const xsrf = (await request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const listed = await request.get('/api/v1/tasks?scope=groups&pageSize=100');
  expect(listed.status(), await listed.text()).toBe(200);
  const check = (await listed.json()).items.find((t: { projectName?: string; taskId: string }) => t.projectName === name);
  expect(check, `the check task of ${name} in the officer's group tab`).toBeTruthy();
  const refused = await request.post(`/api/v1/tasks/${check.taskId}/complete`, {
    headers: { 'X-XSRF-TOKEN': xsrf, 'Idempotency-Key': `suspended-${suffix}` },
    data: { outcome: 'complete', comment: 'Đủ', variables: { receivedDocuments: ['request', 'proposal'] } },
  });
  expect(refused.status(), await refused.text()).toBe(409);
  await page.getByTestId('dossier-hold').click();
  await expect(page.getByTestId('dossier-suspended')).toHaveCount(0);
  await expect(page.getByTestId('dossier-hold')).toHaveText('Tạm dừng thủ tục');
});
