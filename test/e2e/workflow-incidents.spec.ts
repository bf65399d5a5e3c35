import { expect, test } from '@playwright/test';

import { ARTIFACTS, PASSWORD, signIn } from './support';

/**
 * A timer's job that fails (the script after the timer reads a variable nobody set) opens an incident after its tries
 * (camunda:failedJobRetryTimeCycle R1: one try); the operations page shows it by procedure and step name, its details,
 * and an administrator resolves it.
 */
test('a failed timer job is an incident on the operations page, read in full and resolved', async ({ page, request }) => {
  test.setTimeout(180_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now();
  const key = `fee-${stamp}`;
  const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="${key}" name="Tính phí thẩm định ${stamp}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:intermediateCatchEvent id="wait" name="Chờ đến hạn tính phí">
      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R1/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:scriptTask id="compute" name="Tính phí" scriptFormat="javascript"><bpmn:script>execution.setVariable('fee', amount * 2);</bpmn:script></bpmn:scriptTask>
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" /><bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="compute" />
    <bpmn:sequenceFlow id="f3" sourceRef="compute" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;
  expect((await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model })).status()).toBe(201);
  expect((await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers })).ok()).toBeTruthy();
  expect((await request.post('/api/v1/workflow-instances', { headers, data: { definitionKey: key, businessKey: `HS-${stamp}` } })).ok()).toBeTruthy();

  // The timer's job runs on the server's scheduler; its one try fails and opens the incident.
  await expect.poll(async () => {
    const view = await (await request.get('/api/v1/admin/operations', { headers })).json();
    return view.incidents.some((i: { businessKey: string }) => i.businessKey === `HS-${stamp}`);
  }, { timeout: 150_000, intervals: [2_000] }).toBeTruthy();

  await page.goto('/admin/operations');
  await signIn(page, 'admin@investaid.local');
  await expect(page.getByTestId('page-title')).toHaveText('Vận hành quy trình');
  const incident = page.getByTestId('operations-incidents').locator('tr', { hasText: `HS-${stamp}` });
  await expect(incident).toContainText(`Tính phí thẩm định ${stamp}`);
  await expect(incident).toContainText('Chờ đến hạn tính phí');
  await expect(incident).toContainText('Bước tự động lỗi');
  await expect(incident).toContainText('amount is not defined');
  await page.screenshot({ path: `${ARTIFACTS}/operations-incident.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(incident).toContainText('Chờ đến hạn tính phí');
  await page.screenshot({ path: `${ARTIFACTS}/operations-incident-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();

  await incident.getByTestId('incident-details').click();
  await expect(page.getByTestId('incident-dialog')).toContainText('compute');
  await page.screenshot({ path: `${ARTIFACTS}/operations-incident-details.png` });
  await page.getByTestId('incident-dialog').getByRole('button', { name: 'Đóng' }).last().click();

  await incident.getByTestId('incident-resolve').click();
  await page.screenshot({ path: `${ARTIFACTS}/operations-incident-resolve.png` });
  await page.getByTestId('resolve-confirm').click();
  await expect(page.getByTestId('operations-message')).toContainText('Đã đóng sự cố');
  await expect(incident).toHaveCount(0);
});
