import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, PASSWORD, signIn } from './support';

/**
 * Camunda's own external-task client (camunda-external-task-client-js, unchanged) works InvestAid's queue as it would a Camunda 7
 * engine: it long-polls /engine-rest/external-task/fetchAndLock, completes tasks with typed variables and raises a BPMN error that
 * the model's boundary event catches. It signs in as an account with the external-tasks permission, by a bearer token passed
 * through the client's own interceptor hook.
 */
test('the official Camunda external-task client completes InvestAid external tasks and raises a BPMN error', async ({ request, baseURL }) => {
  test.setTimeout(90_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const token: string = (await login.json()).accessToken;
  const headers = { Authorization: `Bearer ${token}` };

  const key = `archive-${Date.now()}`;
  const topic = `decision-archive-${Date.now()}`;
  const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:error id="refusedError" errorCode="ARCHIVE_REFUSED" />
  <bpmn:process id="${key}" name="Lưu trữ quyết định" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:serviceTask id="archive" name="Chuyển quyết định sang kho lưu trữ" camunda:type="external" camunda:topic="${topic}" />
    <bpmn:boundaryEvent id="refused" attachedToRef="archive"><bpmn:errorEventDefinition errorRef="refusedError" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="archived" /><bpmn:endEvent id="notArchived" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" />
    <bpmn:sequenceFlow id="f2" sourceRef="archive" targetRef="archived" />
    <bpmn:sequenceFlow id="f3" sourceRef="refused" targetRef="notArchived" />
  </bpmn:process>
</bpmn:definitions>`;
  const upload = await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model });
  expect(upload.status(), await upload.text()).toBe(201);
  expect((await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers })).ok()).toBeTruthy();

  const start = async (businessKey: string, variables: Record<string, unknown>) => {
    const r = await request.post('/api/v1/workflow-instances', { headers, data: { definitionKey: key, businessKey, variables } });
    expect(r.status(), await r.text()).toBe(201);
    return (await r.json()).id as string;
  };
  const signed = await start('QĐ-101', { decisionNo: '101/QĐ-UBND', signed: true });
  const alsoSigned = await start('QĐ-102', { decisionNo: '102/QĐ-UBND', signed: true });
  const unsigned = await start('QĐ-103', { decisionNo: '103/QĐ-UBND', signed: false });

  const { Client, Variables } = await import('camunda-external-task-client-js');
  const bearer = (config: { headers?: Record<string, string> }) => ({ ...config, headers: { ...config.headers, ...headers } });
  const client = new Client({ baseUrl: `${baseURL}/engine-rest`, workerId: 'archive-worker', asyncResponseTimeout: 2000, interceptors: [bearer], autoPoll: false });
  const seen: string[] = [];
  client.subscribe(topic, { lockDuration: 20_000, variables: ['decisionNo', 'signed'] }, async ({ task, taskService }) => {
    seen.push(task.businessKey);
    if (!task.variables.get('signed')) {
      await taskService.handleBpmnError(task, 'ARCHIVE_REFUSED', 'Quyết định chưa ký', new Variables().set('refusal', 'chưa ký'));
      return;
    }
    const out = new Variables();
    out.set('archiveNo', `LT-${task.variables.get('decisionNo')}`);
    out.set('receipt', { box: 7, shelf: 'B' });
    await taskService.complete(task, out);
  });
  client.start();
  const instance = async (id: string) => (await (await request.get(`/api/v1/workflow-instances/${id}`, { headers })).json());
  try {
    await expect.poll(async () => (await Promise.all([signed, alsoSigned, unsigned].map(instance))).map((i) => i.status), { timeout: 30_000 })
      .toEqual(['Completed', 'Completed', 'Completed']);
  } finally {
    client.stop();
  }

  expect(seen.sort()).toEqual(['QĐ-101', 'QĐ-102', 'QĐ-103']);
  const done = await instance(signed);
  expect(done.variables.archiveNo).toBe('LT-101/QĐ-UBND');
  expect(done.variables.receipt).toEqual({ box: 7, shelf: 'B' });
  expect(done.history.map((h: { activityId: string }) => h.activityId)).toContain('archived');
  const refused = await instance(unsigned);
  expect(refused.variables.refusal).toBe('chưa ký');
  expect(refused.history.map((h: { activityId: string }) => h.activityId)).toContain('notArchived');
  // Nothing is left in the queue.
  const left = await request.get(`/engine-rest/external-task?topicName=${topic}`, { headers });
  expect(await left.json()).toEqual([]);
});

test('the operations page shows an external-task incident and a suspended procedure by name, and an administrator retries and resumes them', async ({ page, request }) => {
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now();
  const key = `ops-${stamp}`;
  const topic = `ops-archive-${stamp}`;
  const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="${key}" name="Lưu trữ quyết định ${stamp}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:serviceTask id="archive" name="Chuyển quyết định sang kho lưu trữ" camunda:type="external" camunda:topic="${topic}" />
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" /><bpmn:sequenceFlow id="f2" sourceRef="archive" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;
  expect((await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model })).status()).toBe(201);
  expect((await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers })).ok()).toBeTruthy();
  const start = async (businessKey: string) =>
    (await (await request.post('/api/v1/workflow-instances', { headers, data: { definitionKey: key, businessKey } })).json()).id as string;
  await start(`HS-${stamp}-A`);
  const suspended = await start(`HS-${stamp}-B`);
  const fetched = await (await request.post('/engine-rest/external-task/fetchAndLock', {
    headers, data: { workerId: 'kho-luu-tru', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 60_000 }] },
  })).json();
  expect((await request.post(`/engine-rest/external-task/${fetched[0].id}/failure`, {
    headers, data: { workerId: 'kho-luu-tru', errorMessage: 'Kho lưu trữ điện tử không phản hồi', retries: 0, retryTimeout: 0 },
  })).status()).toBe(204);
  expect((await request.post(`/api/v1/workflow-instances/${suspended}/suspend`, { headers })).ok()).toBeTruthy();

  await page.goto('/admin');
  await signIn(page, 'admin@investaid.local');
  await page.getByTestId('admin-operations').click();
  await expect(page.getByTestId('page-title')).toHaveText('Vận hành quy trình');
  const incident = page.getByTestId('operations-incidents').locator('tr', { hasText: `Lưu trữ quyết định ${stamp}` });
  await expect(incident).toContainText('Chuyển quyết định sang kho lưu trữ');
  await expect(incident).toContainText('Kho lưu trữ điện tử không phản hồi');
  const waiting = page.getByTestId('operations-attention').locator('tr', { hasText: `HS-${stamp}-B` });
  await expect(waiting).toContainText('Tạm dừng');
  await expect(page.getByTestId('operations-topics').locator('tr', { hasText: topic })).toContainText('1');
  await page.screenshot({ path: `${ARTIFACTS}/operations.png`, fullPage: true });

  await incident.getByTestId('incident-retry').click();
  await page.getByTestId('retry-confirm').click();
  await expect(page.getByTestId('operations-message')).toContainText('Đã cho thử lại');
  await expect(incident).toHaveCount(0);
  const again = await (await request.post('/engine-rest/external-task/fetchAndLock', {
    headers, data: { workerId: 'kho-luu-tru', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 60_000 }] },
  })).json();
  expect(again.map((t: { id: string }) => t.id)).toEqual([fetched[0].id]);

  await waiting.getByTestId('instance-resume').click();
  await expect(page.getByTestId('operations-message')).toContainText('Quy trình đã chạy tiếp');
  await expect(waiting).toHaveCount(0);
  expect((await (await request.get(`/api/v1/workflow-instances/${suspended}`, { headers })).json()).status).toBe('Running');
});

test('the sample archive worker (tools/archive-worker) files approved decisions of the shipped archive procedure and refuses one without a number', async ({ request, baseURL }) => {
  test.setTimeout(90_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now();
  // What the hand-over job starts for an approved dossier (the job itself is covered by the API tests).
  const start = async (businessKey: string, decisionNumber: string | null) => {
    const r = await request.post('/api/v1/workflow-instances', {
      headers,
      data: {
        definitionKey: 'decision-archive', businessKey,
        variables: { dossierId: businessKey, projectName: `Nhà máy dệt may Phố Nối ${stamp}`, decisionNumber, decisionDate: '2026-11-20', decidedBy: 'fdi-irc-new' },
      },
    });
    expect(r.status(), await r.text()).toBe(201);
    return (await r.json()).id as string;
  };
  const filed = await start(`archive-e2e-${stamp}-a`, `${stamp % 10000}/QĐ-UBND`);
  const unnumbered = await start(`archive-e2e-${stamp}-b`, null);

  const archiveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'investaid-archive-'));
  const { startArchiveWorker } = await import('../../tools/archive-worker/worker.mjs');
  const seen: string[] = [];
  const worker = await startArchiveWorker({
    baseUrl: baseURL, email: 'worker.archive@investaid.local', password: PASSWORD, archiveDir, pollMs: 2000, quiet: true,
    onFiled: (e: { dossierId: string }) => seen.push(e.dossierId), onRefused: (d: { dossierId: string }) => seen.push(d.dossierId),
  });
  const instance = async (id: string) => (await (await request.get(`/api/v1/workflow-instances/${id}`, { headers })).json());
  try {
    await expect.poll(async () => [(await instance(filed)).status, (await instance(unnumbered)).status], { timeout: 45_000 })
      .toEqual(['Completed', 'Completed']);
  } finally {
    worker.stop();
  }

  const done = await instance(filed);
  expect(done.variables.archiveNo).toMatch(/^LT-2026\/\d{5}$/);
  expect(done.history.map((h: { activityId: string }) => h.activityId)).toContain('archived');
  const record = JSON.parse(fs.readFileSync(path.join(archiveDir, `archive-e2e-${stamp}-a.json`), 'utf8'));
  expect(record).toMatchObject({ archiveNo: done.variables.archiveNo, projectName: `Nhà máy dệt may Phố Nối ${stamp}` });
  const refused = await instance(unnumbered);
  expect(refused.history.map((h: { activityId: string }) => h.activityId)).toEqual(expect.arrayContaining(['refused', 'notifyRefused', 'notArchived']));
  expect(seen).toEqual(expect.arrayContaining([`archive-e2e-${stamp}-a`, `archive-e2e-${stamp}-b`]));
});
