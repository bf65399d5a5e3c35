import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { PROCEDURES_SCOPE } from './scope';

/** The words a new diagram starts with, in the UI language (procedures.modeler.newDiagram in assets/i18n/procedures). */
export interface BlankDiagramTexts {
  /** The process id, a key: lower-case letters, digits and hyphens. */
  key: string;
  name: string;
  /** The name of its start event. */
  start: string;
}

/** Vietnamese, the app's first language: what a new diagram says when no translation is at hand. */
export const VIETNAMESE_BLANK_DIAGRAM: BlankDiagramTexts = { key: 'quy-trinh-moi', name: 'Quy trình mới', start: 'Tiếp nhận hồ sơ' };

/** A new diagram's key, name and start event in the UI language (modeler.newDiagram of the procedures scope, loaded if need be). */
export async function blankDiagramTexts(transloco: TranslocoService): Promise<BlankDiagramTexts> {
  const text = (key: keyof BlankDiagramTexts) =>
    firstValueFrom(transloco.selectTranslate<string>(`modeler.newDiagram.${key}`, {}, PROCEDURES_SCOPE));
  const [key, name, start] = await Promise.all([text('key'), text('name'), text('start')]);
  return { key, name, start };
}

/** A new procedure: one start event, ready to draw on, named in the UI language. */
export function blankDiagram(texts: BlankDiagramTexts = VIETNAMESE_BLANK_DIAGRAM): string {
  const key = /^[a-z][a-z0-9-]*$/.test(texts.key) ? texts.key : VIETNAMESE_BLANK_DIAGRAM.key;
  const name = xmlAttribute(texts.name);
  const start = xmlAttribute(texts.start);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="Definitions_${key}" targetNamespace="http://investaid.vn/procedures">
  <bpmn:process id="${key}" name="${name}" isExecutable="true">
    <bpmn:startEvent id="receive" name="${start}" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${key}">
    <bpmndi:BPMNPlane id="Plane_${key}" bpmnElement="${key}">
      <bpmndi:BPMNShape id="receive_di" bpmnElement="receive"><dc:Bounds x="152" y="182" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
