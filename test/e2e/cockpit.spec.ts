import { expect, test, type APIRequestContext } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

/**
 * The administrators' cockpit: find instances by business key, open a procedure version's diagram with the tokens per step and
 * the heat map of step times, then suspend the instances in bulk — previewed by a dry run first — and resume them.
 */
test('an administrator searches instances, reads the heat map and suspends then resumes them in bulk after a dry run', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };

  const run = Date.now().toString(36).toUpperCase();
  const key = `cockpit-${run.toLowerCase()}`;
  const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:ia="http://investaid.vn/schema/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="${key}" name="Thẩm định hồ sơ viện trợ (thử ${run})" isExecutable="true">
    <bpmn:startEvent id="start" name="Tiếp nhận" />
    <bpmn:userTask id="check" name="Kiểm tra hồ sơ" ia:candidateGroups="admin" />
    <bpmn:userTask id="consult" name="Lấy ý kiến Sở Tài chính" ia:candidateGroups="admin" />
    <bpmn:endEvent id="end" name="Xong" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="consult" />
    <bpmn:sequenceFlow id="f3" sourceRef="consult" targetRef="end" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="${key}">
    <bpmndi:BPMNShape id="s_start" bpmnElement="start"><dc:Bounds x="100" y="120" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="s_check" bpmnElement="check"><dc:Bounds x="200" y="98" width="120" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="s_consult" bpmnElement="consult"><dc:Bounds x="390" y="98" width="120" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="s_end" bpmnElement="end"><dc:Bounds x="580" y="120" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="e1" bpmnElement="f1"><di:waypoint x="136" y="138" /><di:waypoint x="200" y="138" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="e2" bpmnElement="f2"><di:waypoint x="320" y="138" /><di:waypoint x="390" y="138" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="e3" bpmnElement="f3"><di:waypoint x="510" y="138" /><di:waypoint x="580" y="138" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  const upload = await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model });
  expect(upload.status(), await upload.text()).toBe(201);
  expect((await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers })).ok()).toBeTruthy();

  // Three dossiers; two have passed the check and wait for the consulted agency.
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const r = await request.post('/api/v1/workflow-instances', { headers, data: { definitionKey: key, businessKey: `CK-${run}-${n}` } });
    expect(r.status(), await r.text()).toBe(201);
    ids.push((await r.json()).id);
  }
  for (const id of ids.slice(0, 2)) await completeStep(request, headers, id, 'check');

  await page.goto('/admin/operations');
  await signIn(page, 'admin@investaid.local');
  await page.getByTestId('operations-search').click();
  await expect(page.getByTestId('page-title')).toHaveText('Tìm quy trình đang chạy và đã xong');
  await page.getByTestId('filter-business-key').fill(`CK-${run}`);
  await page.getByTestId('instance-search').click();
  await expect(page.getByTestId('instances-total')).toHaveText('3 quy trình');
  const rows = page.getByTestId('instance-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(`Thẩm định hồ sơ viện trợ (thử ${run})`);
  await expect(rows.first()).toContainText('Đang chạy');
  await shoot(page, 'cockpit-instances');

  // The procedure version: tokens per step on the diagram, the heat map and the table of step times.
  await rows.first().getByTestId('instance-procedure').click();
  await expect(page.getByTestId('page-title')).toHaveText(`Thẩm định hồ sơ viện trợ (thử ${run})`);
  await expect(page.getByTestId('bpmn-diagram')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('diagram-badge-consult')).toHaveText('2');
  await expect(page.getByTestId('diagram-badge-check')).toHaveText('1');
  await expect(page.getByTestId('heat-summary')).toContainText('3 quy trình chưa kết thúc');
  const steps = page.getByTestId('heat-steps');
  await expect(steps.locator('tr[data-element="check"]')).toContainText('Kiểm tra hồ sơ');
  await expect(steps.locator('tr[data-element="check"] td').nth(1)).toHaveText('2');
  await expect(page.getByTestId('heat-legend')).toContainText('Màu theo thời gian P90');
  await shoot(page, 'cockpit-heatmap');

  // Bulk suspend: the dry run says what would happen and changes nothing; the confirmation does it.
  await page.getByTestId('heat-instances').click();
  await page.getByTestId('filter-business-key').fill(`CK-${run}`);
  await page.getByTestId('instance-search').click();
  await expect(rows).toHaveCount(3);
  await page.getByTestId('tick-all').check();
  await page.getByTestId('bulk-action').selectOption('suspend');
  await page.getByTestId('bulk-preview-selection').click();
  const dialog = page.getByTestId('bulk-dialog');
  await expect(dialog.getByTestId('bulk-summary')).toContainText('Sẽ thực hiện với 3 quy trình; 0 quy trình không thực hiện được');
  await expect(dialog.locator('[data-outcome="wouldApply"]')).toHaveCount(3);
  await shoot(page, 'cockpit-bulk-preview');
  const before = await (await request.get(`/api/v1/workflow-instances/${ids[0]}`, { headers })).json();
  expect(before.status).toBe('Running');
  await dialog.getByTestId('bulk-confirm').click();
  await expect(dialog.locator('[data-outcome="applied"]')).toHaveCount(3);
  await dialog.getByTestId('bulk-close').click();
  await expect(rows.filter({ hasText: 'Tạm dừng' })).toHaveCount(3);
  expect((await (await request.get(`/api/v1/workflow-instances/${ids[0]}`, { headers })).json()).status).toBe('Suspended');

  // Resume the whole search result, previewed the same way.
  await page.getByTestId('bulk-action').selectOption('resume');
  await page.getByTestId('bulk-preview-all').click();
  await expect(dialog.locator('[data-outcome="wouldApply"]')).toHaveCount(3);
  await dialog.getByTestId('bulk-confirm').click();
  await expect(dialog.locator('[data-outcome="applied"]')).toHaveCount(3);
  await dialog.getByTestId('bulk-close').click();
  await expect(rows.filter({ hasText: 'Đang chạy' })).toHaveCount(3);
  for (const id of ids) expect((await (await request.get(`/api/v1/workflow-instances/${id}`, { headers })).json()).status).toBe('Running');
});

async function completeStep(request: APIRequestContext, headers: Record<string, string>, instanceId: string, elementId: string) {
  const instance = await (await request.get(`/api/v1/workflow-instances/${instanceId}`, { headers })).json();
  const task = instance.tasks.find((t: { elementId: string; status: string }) => t.elementId === elementId && t.status === 'Open');
  const r = await request.post(`/api/v1/tasks/${task.id}/complete`, { headers, data: { outcome: null, comment: 'Đủ hồ sơ' } });
  expect(r.ok(), await r.text()).toBeTruthy();
}

/** Desktop and phone (390 px) screenshots of the page as it is. */
async function shoot(page: import('@playwright/test').Page, name: string) {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ARTIFACTS}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}
