import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

/**
 * Camunda's own parallel-user-tasks model (unchanged, aspnet-core/test/InvestAid.HttpApi.Tests/Resources/camunda) names
 * `candidateGroups="accounting, management"` and `assignee="user1"`, ids that are none of ours: its tasks wait in the
 * administrators' queue. The administrator maps an id to a user by name on the page, and assigns a task from the queue.
 */
test('administrators map a model id to a user and assign a stuck task from the queue', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const model = readFileSync(join(__dirname, '../../aspnet-core/test/InvestAid.HttpApi.Tests/Resources/camunda/parallel-user-tasks.bpmn'), 'utf8');
  const upload = await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model });
  expect(upload.status(), await upload.text()).toBe(201);
  const published = await request.post('/api/v1/workflow-definitions/parallel-user-tasks/publish', { headers });
  expect(published.ok(), await published.text()).toBeTruthy();
  // A mapping of "user1" left by an earlier run of this test goes first (the test maps it through the page).
  for (const m of await (await request.get('/api/v1/admin/identity-mappings', { headers })).json()) {
    if (m.externalId === 'user1' && m.definitionKey === 'parallel-user-tasks') {
      await request.delete(`/api/v1/admin/identity-mappings/${m.id}`, { headers: { ...headers, 'If-Match': `"${m.version}"` } });
    }
  }
  const businessKey = `e2e-identities-${Date.now()}`;
  const started = await request.post('/api/v1/workflow-instances', { headers, data: { definitionKey: 'parallel-user-tasks', businessKey } });
  expect(started.status(), await started.text()).toBe(201);
  const instanceId: string = (await started.json()).id;

  await page.goto('/admin/identities');
  await signIn(page, 'admin@investaid.local');
  await expect(page.getByTestId('page-title')).toBeVisible();
  const row = page.getByTestId('queue-row').filter({ hasText: 'user-task-2' }).last(); // oldest first: the last is this run's
  await expect(row).toBeVisible();
  await expect(row).toContainText('accounting, management');
  await page.screenshot({ path: `${ARTIFACTS}/identities-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/identities-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Assign user-task-2 to the officer, picked by name.
  const queued = await page.getByTestId('queue-row').count();
  await row.getByTestId('queue-user').selectOption({ label: 'Nguyễn Thị Hương' });
  await row.getByTestId('queue-assign').click();
  await expect(page.getByTestId('identities-message')).toContainText('Nguyễn Thị Hương');
  await expect(page.getByTestId('queue-row')).toHaveCount(queued - 1);

  // Map "user1" (the model's assignee) to the leader, by name: the task leaves the queue.
  const mappings = page.getByTestId('mappings');
  await mappings.getByTestId('mapping-kind').selectOption('User');
  await mappings.getByTestId('mapping-external-id').fill('user1');
  await mappings.getByTestId('mapping-key').selectOption('parallel-user-tasks');
  await mappings.getByTestId('mapping-target').selectOption({ label: 'Lê Minh Tuấn' });
  await mappings.getByTestId('mapping-add').click();
  await expect(page.getByTestId('mapping-row').filter({ hasText: 'user1' })).toContainText('Lê Minh Tuấn');
  await expect.poll(() => page.getByTestId('queue-row').count()).toBeLessThan(queued - 1);
  const queue = await (await request.get('/api/v1/tasks/unassignable?pageSize=200', { headers })).json();
  expect(queue.items.filter((q: { instanceId: string }) => q.instanceId === instanceId).map((q: { elementId: string }) => q.elementId)).toEqual(['UserTask_0ujik1p']);
  await page.screenshot({ path: `${ARTIFACTS}/identities-mapped-desktop.png`, fullPage: true });

  const instance = await (await request.get(`/api/v1/workflow-instances/${instanceId}`, { headers })).json();
  expect(instance.tasks.find((t: { elementId: string }) => t.elementId === 'UserTask_1ccevwb').assignee).toBe('officer@investaid.local');

  // The task page: administrators see the assignment panel.
  const taskId = instance.tasks.find((t: { elementId: string }) => t.elementId === 'UserTask_0ujik1p').id;
  await page.goto(`/tasks/${taskId}`);
  await expect(page.getByTestId('task-assignment')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/task-assignment-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/task-assignment-390.png`, fullPage: true });
});
