import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

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

/**
 * Camunda's own invoice quickstart (camunda-bpm-examples usertask/task-camunda-forms, Apache-2.0), unchanged: its start event's
 * Camunda Form is rendered by form-js in the start dialog, checked in the browser, and the start goes on to the first task.
 */
test('an officer starts Camunda\'s invoice quickstart from its page through its start form', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const corpus = path.resolve(__dirname, '../camunda-corpus');
  for (const [file, name] of [['examples-start-form.form', 'start-form.form'], ['examples-task-form.form', 'task-form.form']]) {
    const upload = await request.post('/api/v1/forms', {
      headers, multipart: { file: { name, mimeType: 'application/json', buffer: fs.readFileSync(path.join(corpus, 'forms', file)) } },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    expect((await request.post(`/api/v1/forms/${(await upload.json()).key}/publish`, { headers })).ok()).toBeTruthy();
  }
  const model = fs.readFileSync(path.join(corpus, 'camunda/camunda-bpm-examples/usertask/task-camunda-forms/src/main/resources/invoiceApproval.bpmn'));
  const uploaded = await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const published = await request.post('/api/v1/workflow-definitions/camundaFormsQuickstart/publish', { headers });
  expect(published.ok(), await published.text()).toBeTruthy();
  const version = (await published.json()).version;

  await page.goto(`/procedures/camundaFormsQuickstart/${version}`);
  await signIn(page, 'officer@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Camunda Forms Quickstart');
  await page.getByTestId('version-start').click();
  const dialog = page.getByTestId('start-dialog');
  const form = dialog.getByTestId('start-form');
  await expect(form.getByLabel('Creditor')).toBeVisible({ timeout: 30_000 });
  await dialog.getByTestId('start-business-key').fill('HĐ-2026-0042');
  // Nothing filled in: form-js holds the start and marks the required fields.
  await dialog.getByTestId('start-submit').click();
  await expect(dialog.getByTestId('start-error')).toContainText('Biểu mẫu còn ô chưa hợp lệ');
  // form-js's own messages, in Vietnamese.
  await expect(form.getByText('Ô này bắt buộc nhập.')).toHaveCount(2);
  await form.getByLabel('Creditor').fill('Công ty TNHH Minh Phát');
  await form.getByLabel('Amount').fill('12a');
  await form.getByLabel('Invoice Number').fill('C-4711');
  await dialog.getByTestId('start-submit').click();
  await expect(dialog.getByTestId('start-error')).toBeVisible();
  await expect(form.getByText('Giá trị không đúng định dạng yêu cầu (^[0-9]+$).')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/start-form.png`, fullPage: true });
  await form.getByLabel('Amount').fill('1250');
  await dialog.getByTestId('start-submit').click();
  await expect(page.getByTestId('version-started')).toContainText('HĐ-2026-0042');
  await expect(dialog).toHaveCount(0);

  // The instance holds the form's values.
  const found = await (await request.get(`/api/v1/admin/operations/instances?businessKey=${encodeURIComponent('HĐ-2026-0042')}`, { headers })).json();
  const id = (found.items ?? found)[0].id;
  const instance = await (await request.get(`/api/v1/workflow-instances/${id}`, { headers })).json();
  expect(instance.variables).toMatchObject({ creditor: 'Công ty TNHH Minh Phát', amount: '1250', invoiceNumber: 'C-4711' });

  await page.setViewportSize({ width: 390, height: 900 });
  await page.getByTestId('version-start').click();
  await expect(page.getByTestId('start-form').getByLabel('Creditor')).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${ARTIFACTS}/start-form-390.png`, fullPage: true });
});
