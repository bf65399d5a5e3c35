/** A new procedure: one start event, ready to draw on. */
export function blankDiagram(key = 'quy-trinh-moi', name = 'Quy trình mới'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="Definitions_${key}" targetNamespace="http://investaid.vn/procedures">
  <bpmn:process id="${key}" name="${name}" isExecutable="true">
    <bpmn:startEvent id="receive" name="Tiếp nhận hồ sơ" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${key}">
    <bpmndi:BPMNPlane id="Plane_${key}" bpmnElement="${key}">
      <bpmndi:BPMNShape id="receive_di" bpmnElement="receive"><dc:Bounds x="152" y="182" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** The server's model errors (400 workflow.invalid-model): element id, line and message each. */
export interface BpmnError {
  elementId?: string | null;
  line?: number | null;
  message: string;
}

export function bpmnErrorsOf(problem: unknown): BpmnError[] {
  const list = (problem as { bpmnErrors?: unknown } | null)?.bpmnErrors;
  return Array.isArray(list) ? list.filter((e): e is BpmnError => !!e && typeof (e as BpmnError).message === 'string') : [];
}

/** The XML endpoint is generated as a string but answered as a Blob (responseType blob): accept both. */
export async function xmlText(body: unknown): Promise<string> {
  return typeof body === 'string' ? body : await (body as Blob).text();
}
