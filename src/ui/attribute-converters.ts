/** How attribute text becomes property values, the same way in every element. */
import type { ComplexAttributeConverter } from 'lit';

/** `audience="students parents"` → `['students', 'parents']`; commas are accepted too. */
export const spaceSeparated: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) =>
    (value ?? '')
      .split(/[\s,]+/)
      .map((word) => word.trim().replace(/^#/, ''))
      .filter(Boolean),
  toAttribute: (value) => value.join(' '),
};

/** A whole number ≥ 0; anything else counts as not set. */
export const wholeNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => {
    if (value === null || value.trim() === '') return undefined;
    const number = Number(value);
    return Number.isInteger(number) && number >= 0 ? number : undefined;
  },
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
