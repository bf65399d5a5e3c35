import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { translocoWithProceduresForTests } from '../../testing/test-helpers';
import { blankDiagram, blankDiagramTexts } from './blank-diagram';

describe('a new diagram in the modeler', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoWithProceduresForTests()] }));

  function parse(xml: string) {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const bpmn = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    return {
      process: doc.getElementsByTagNameNS(bpmn, 'process')[0],
      start: doc.getElementsByTagNameNS(bpmn, 'startEvent')[0],
    };
  }

  it('is named in English when the UI is English', async () => {
    const transloco = TestBed.inject(TranslocoService);
    transloco.setActiveLang('en');
    const { process, start } = parse(blankDiagram(await blankDiagramTexts(transloco)));
    expect(process.getAttribute('id')).toBe('new-procedure');
    expect(process.getAttribute('name')).toBe('New procedure');
    expect(start.getAttribute('name')).toBe('Dossier received');
  });

  it('is named in Vietnamese when the UI is Vietnamese', async () => {
    const transloco = TestBed.inject(TranslocoService);
    transloco.setActiveLang('vi');
    const { process, start } = parse(blankDiagram(await blankDiagramTexts(transloco)));
    expect(process.getAttribute('id')).toBe('quy-trinh-moi');
    expect(process.getAttribute('name')).toBe('Quy trình mới');
    expect(start.getAttribute('name')).toBe('Tiếp nhận hồ sơ');
  });

  it('keeps the XML valid whatever the words, and a key that is no key falls back to the default', () => {
    const { process, start } = parse(blankDiagram({ key: 'Not a key', name: 'R&D "pilot" <1>', start: 'A & B' }));
    expect(process.getAttribute('id')).toBe('quy-trinh-moi');
    expect(process.getAttribute('name')).toBe('R&D "pilot" <1>');
    expect(start.getAttribute('name')).toBe('A & B');
  });
});
