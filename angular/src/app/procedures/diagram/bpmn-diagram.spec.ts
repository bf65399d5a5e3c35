import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { byTestId, settle, text, translocoWithProceduresForTests } from '../../../testing/test-helpers';
import { provideProceduresScope } from '../scope';
import { BpmnDiagram } from './bpmn-diagram';

/** A valid model whose process has steps but no BPMN DI (no <bpmndi:BPMNDiagram>): it runs, but there is nothing to draw. */
const WITHOUT_DI = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://investaid.local">
  <bpmn:process id="no-di" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

/** Not BPMN at all: bpmn-js refuses it with an error of its own. */
const NOT_BPMN = `<?xml version="1.0" encoding="UTF-8"?><not-bpmn />`;

@Component({
  imports: [BpmnDiagram],
  providers: [provideProceduresScope()],
  template: `<app-bpmn-diagram [xml]="xml()" [height]="200" />`,
})
class Host {
  readonly xml = signal<string | null>(null);
}

describe('BpmnDiagram: a model that cannot be drawn', () => {
  // jsdom lays nothing out and has no SVG geometry, which bpmn-js reads while it prepares its canvas. These stand-ins
  // (an empty box, no transform, the identity matrix) let the real bpmn-js get as far as reading the model.
  const geometry: [object, string, PropertyDescriptor][] = [
    [SVGElement.prototype, 'getBBox', { value: () => ({ x: 0, y: 0, width: 0, height: 0 }) }],
    [SVGElement.prototype, 'transform', { get: () => ({ baseVal: { consolidate: () => null } }) }],
    [SVGSVGElement.prototype, 'createSVGMatrix', { value: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }) }],
  ];
  const added: [object, string][] = [];
  beforeAll(() => {
    for (const [target, name, descriptor] of geometry) {
      if (name in target) continue;
      Object.defineProperty(target, name, { ...descriptor, configurable: true });
      added.push([target, name]);
    }
  });
  afterAll(() => {
    for (const [target, name] of added) delete (target as Record<string, unknown>)[name];
  });
  afterEach(() => TestBed.resetTestingModule());

  async function show(xml: string, lang: 'vi' | 'en' = 'vi') {
    TestBed.configureTestingModule({ imports: [translocoWithProceduresForTests(), Host] });
    TestBed.inject(TranslocoService).setActiveLang(lang);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.xml.set(xml);
    const el = fixture.nativeElement as HTMLElement;
    // bpmn-js is loaded lazily and imports asynchronously: wait (up to 10 s) for the diagram to leave "loading".
    const state = () => byTestId(el, 'bpmn-diagram')?.getAttribute('data-state');
    await settle(fixture);
    for (const until = Date.now() + 10_000; Date.now() < until && (state() === 'loading' || state() === 'idle'); ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await settle(fixture);
    }
    expect(state()).toBe('failed');
    return el;
  }

  it("says in Vietnamese that the model has no diagram data, without bpmn-js's English error", async () => {
    const el = await show(WITHOUT_DI);
    const message = text(el, 'diagram-error');
    expect(message).toBe('Mô hình này không có dữ liệu sơ đồ (BPMN DI) nên không vẽ được; các bước vẫn chạy bình thường.');
    expect(message).not.toContain('no diagram to display');
    expect(byTestId(el, 'diagram-error-detail')).toBeNull();
  });

  it('says it in English when the UI is English', async () => {
    const el = await show(WITHOUT_DI, 'en');
    expect(text(el, 'diagram-error')).toBe(
      'This model has no diagram data (BPMN DI), so it cannot be drawn; its steps still run as usual.',
    );
  });

  it('keeps any other error out of the sentence, on a technical-details line of its own', async () => {
    const el = await show(NOT_BPMN);
    expect(text(el, 'diagram-error-message')).toBe('Không hiển thị được sơ đồ quy trình.');
    expect(text(el, 'diagram-error-detail')).toMatch(/^Chi tiết kỹ thuật: failed to parse document/);
  });
});
