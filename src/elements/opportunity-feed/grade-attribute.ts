/** `grade="11"`, or `grade="K"` for kindergarten; anything else counts as not set. */
import type { ComplexAttributeConverter } from 'lit';

export const gradeAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => {
    const text = (value ?? '').trim();
    if (/^k$/i.test(text)) return 0;
    if (!/^\d{1,2}$/.test(text)) return undefined;
    const grade = Number(text);
    return grade <= 12 ? grade : undefined;
  },
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
