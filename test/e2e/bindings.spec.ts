import { expect, test } from '@playwright/test';
import { ARTIFACTS, PASSWORD, signIn } from './support';

/**
 * A Camunda model whose service task runs a Java class: the administrator sees it on the draft's page as needing a binding,
 * binds it to an external-task topic there, and the draft then publishes; a mistyped binding is refused on its field.
 */
test('an administrator binds a Java service task of a draft to an external-task topic on its page, then publishes it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/account/login', { data: { email: 'admin@investaid.local', password: PASSWORD } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const run = Date.now().toString(36);
  const key = `bind-${run}`;
  const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="${key}" name="Thu phí thẩm định (thử ${run})" isExecutable="true">
    <bpmn:startEvent id="start" name="Nhận hồ sơ" />
    <bpmn:serviceTask id="charge" name="Thu phí thẩm định" camunda:class="org.example.ChargeCard" />
    <bpmn:endEvent id="end" name="Xong" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="charge" />
    <bpmn:sequenceFlow id="f2" sourceRef="charge" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;
  const upload = await request.post('/api/v1/workflow-definitions', { headers: { ...headers, 'Content-Type': 'text/xml' }, data: model });
  expect(upload.status(), await upload.text()).toBe(201);
  const refused = await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers });
  expect(refused.status(), 'an unbound Java class is refused at publish').toBe(400);

  await page.goto(`/procedures/${key}/1`);
  await signIn(page, 'admin@investaid.local');
  const row = page.getByTestId('binding-charge');
  await expect(row).toContainText('Thu phí thẩm định');
  await expect(row).toContainText('Lớp Java (camunda:class)');
  await expect(row).toContainText('org.example.ChargeCard');
  await expect(row.getByTestId('binding-needed')).toHaveText('Cần gắn trước khi ban hành');

  // An empty topic is refused on the element's own field, and nothing is stored.
  await row.getByTestId('binding-kind').selectOption('topic');
  await page.getByTestId('bindings-save').click();
  await expect(page.getByTestId('bindings-error')).toBeVisible();
  await expect(row.locator('.field-error')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/bindings-refused.png`, fullPage: true });

  await row.getByTestId('binding-topic').fill('charge-card');
  await page.getByTestId('bindings-save').click();
  await expect(page.getByTestId('bindings-saved')).toHaveText('Đã lưu cách gắn.');
  await expect(row.getByTestId('binding-needed')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/bindings.png`, fullPage: true });

  const published = await request.post(`/api/v1/workflow-definitions/${key}/publish`, { headers });
  expect(published.status(), await published.text()).toBe(200);
  const bindings = await (await request.get(`/api/v1/workflow-definitions/${key}/versions/1/bindings`, { headers })).json();
  expect(bindings.bindings).toEqual({ charge: 'topic:charge-card' });

  // Published: the binding is shown, no longer editable.
  await page.reload();
  await expect(row.getByTestId('binding-value')).toHaveText('Chủ đề external task «charge-card»');
  await expect(page.getByTestId('bindings-save')).toHaveCount(0);

  // At phone width the element and its binding stack.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/bindings-390.png`, fullPage: true });
});
