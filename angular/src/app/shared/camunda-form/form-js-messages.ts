/**
 * form-js writes its validation messages in English, with no translation hook. These rules turn each message it can produce
 * (form-js-viewer 1.x, `runPresetValidation` and `runNumberValidation`) into the user's language through the `forms.validation.*`
 * texts; a model's own `patternErrorMessage` and anything unknown pass through unchanged.
 */
const RULES: [RegExp, string][] = [
  [/^Field is required\.$/, 'required'],
  [/^Field must match pattern (.+)\.$/, 'pattern'],
  [/^Field must have minimum value of (.+)\.$/, 'min'],
  [/^Field must have maximum value of (.+)\.$/, 'max'],
  [/^Field must have minimum length of (.+)\.$/, 'minLength'],
  [/^Field must have maximum length of (.+)\.$/, 'maxLength'],
  [/^Value is not a number\.$/, 'number'],
  [/^Value is expected to be an integer\.$/, 'integer'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'decimals'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'step'],
  [/^Field must be a valid {1,2}international phone number\..*$/, 'phone'],
  [/^Field must be a valid email\.$/, 'email'],
];

export type Translate = (key: string, params: Record<string, string>) => string;

export function localizeFormMessage(message: string, translate: Translate): string {
  for (const [pattern, key] of RULES) {
    const match = pattern.exec(message);
    if (match) return translate(`forms.validation.${key}`, { a: match[1] ?? '', b: match[2] ?? '' });
  }
  return message;
}

interface FormJsValidator {
  validateField(field: unknown, value: unknown): string[];
  validateFieldInstance(fieldInstance: unknown, value: unknown): string[];
}

/** A form-js module (`additionalModules`) that passes every message of the form's validator through {@link localizeFormMessage}. */
export function localizedValidation(translate: Translate): Record<string, unknown> {
  function LocalizeValidation(validator: FormJsValidator): void {
    const byInstance = validator.validateFieldInstance.bind(validator);
    const byField = validator.validateField.bind(validator);
    validator.validateFieldInstance = (instance, value) => byInstance(instance, value).map((m) => localizeFormMessage(m, translate));
    validator.validateField = (field, value) => byField(field, value).map((m) => localizeFormMessage(m, translate));
  }
  LocalizeValidation.$inject = ['validator'];
  return { __init__: ['localizeValidation'], localizeValidation: ['type', LocalizeValidation] };
}
