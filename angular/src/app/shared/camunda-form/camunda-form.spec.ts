import { TestBed } from '@angular/core/testing';

import { translocoForTests } from '../../../testing/test-helpers';
import { CamundaForm } from './camunda-form';

/** An agency's answer: nothing required, a prefilled reply number. */
const schema = {
  type: 'default',
  id: 'consult-answer',
  components: [
    { type: 'textfield', key: 'replyNumber', label: 'Số văn bản trả lời', id: 'replyNumber' },
    { type: 'textarea', key: 'conditions', label: 'Điều kiện, kiến nghị kèm theo', id: 'conditions' },
  ],
};

describe('CamundaForm', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoForTests()] }));

  it('answers values() asked while form-js is still loading with the values once it has loaded, not a refusal', async () => {
    const fixture = TestBed.createComponent(CamundaForm);
    fixture.componentRef.setInput('schema', schema);
    fixture.componentRef.setInput('data', { replyNumber: '12/STC-QLNS' });
    fixture.detectChanges();
    // A click on an outcome right after the page opened: form-js is not imported yet.
    expect(fixture.componentInstance.ready()).toBe(false);
    const values = await fixture.componentInstance.values();
    expect(values).toMatchObject({ replyNumber: '12/STC-QLNS' });
    expect(fixture.componentInstance.ready()).toBe(true);
  });

  it('says it is loading until the form is drawn', async () => {
    const fixture = TestBed.createComponent(CamundaForm);
    fixture.componentRef.setInput('schema', schema);
    fixture.detectChanges();
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('[data-testid="camunda-form-loading"]')).not.toBeNull();
    await fixture.componentInstance.values();
    fixture.detectChanges();
    expect(host.querySelector('[data-testid="camunda-form-loading"]')).toBeNull();
    expect(host.textContent).toContain('Số văn bản trả lời');
  });
});
