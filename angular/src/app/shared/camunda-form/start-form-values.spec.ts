import { CamundaForm, formFieldErrors, startFormValues } from './camunda-form';

const formGiving = (values: Record<string, unknown> | null) => ({ values: async () => values }) as unknown as CamundaForm;

describe('startFormValues', () => {
  it('sends nothing of a form when the procedure has no start form', async () => {
    expect(await startFormValues(false, undefined)).toEqual({});
  });

  it("sends the form's values when they pass its rules", async () => {
    expect(await startFormValues(true, formGiving({ amount: 1200, creditor: 'Công ty Hà Nội' }))).toEqual({ amount: 1200, creditor: 'Công ty Hà Nội' });
  });

  it('holds the start when the form does not pass, or is not shown yet', async () => {
    expect(await startFormValues(true, formGiving(null))).toBeNull();
    expect(await startFormValues(true, undefined)).toBeNull();
  });
});

describe('formFieldErrors', () => {
  it("puts a start's variables.<key> messages on the form's <key> field and keeps other keys", () => {
    expect(formFieldErrors({ 'variables.amount': ['Phải lớn hơn 0.'], 'Variables.creditor': ['Bắt buộc.'], applicant: ['Thiếu tên.'] })).toEqual({
      amount: ['Phải lớn hơn 0.'],
      creditor: ['Bắt buộc.'],
      applicant: ['Thiếu tên.'],
    });
  });

  it('gives nothing when the answer had no field messages', () => {
    expect(formFieldErrors(undefined)).toBeNull();
    expect(formFieldErrors(null)).toBeNull();
  });
});
