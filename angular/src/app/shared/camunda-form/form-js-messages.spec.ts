import { localizeFormMessage } from './form-js-messages';

const vi: Record<string, string> = {
  'forms.validation.required': 'Ô này bắt buộc.',
  'forms.validation.pattern': 'Không đúng định dạng ({{ a }}).',
  'forms.validation.min': 'Giá trị tối thiểu là {{ a }}.',
  'forms.validation.step': 'Hai giá trị gần nhất: {{ a }} và {{ b }}.',
  'forms.validation.phone': 'Số điện thoại không hợp lệ.',
};
const translate = (key: string, p: Record<string, string>) => (vi[key] ?? key).replace('{{ a }}', p['a']).replace('{{ b }}', p['b']);

describe('localizeFormMessage', () => {
  it('translates the messages form-js writes, with their values', () => {
    expect(localizeFormMessage('Field is required.', translate)).toBe('Ô này bắt buộc.');
    expect(localizeFormMessage('Field must match pattern ^[0-9]+$.', translate)).toBe('Không đúng định dạng (^[0-9]+$).');
    expect(localizeFormMessage('Field must have minimum value of 0.', translate)).toBe('Giá trị tối thiểu là 0.');
    expect(localizeFormMessage('Please select a valid value, the two nearest valid values are 5 and 10.', translate)).toBe('Hai giá trị gần nhất: 5 và 10.');
    expect(localizeFormMessage('Field must be a valid  international phone number. (e.g. +4930664040900)', translate)).toBe('Số điện thoại không hợp lệ.');
  });

  it("leaves a model's own message and unknown ones alone", () => {
    expect(localizeFormMessage('Số hóa đơn dạng C-123.', translate)).toBe('Số hóa đơn dạng C-123.');
  });
});
