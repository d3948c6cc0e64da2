import * as validator from 'class-validator';
import { AGE_DAY_MESSAGE, isAgeDay } from './dates';
import { normalizeText } from './vietnamese';

/**
 * class-validator's decorators with Vietnamese messages, so that every field error a client
 * shows reads in the language of its users. Import these instead of class-validator's own.
 */
type Options = validator.ValidationOptions;

export { IsOptional, Matches, IsIn, ValidateNested } from 'class-validator';

export const Length = (min: number, max: number, options?: Options) =>
  validator.Length(min, max, { message: 'Độ dài phải từ $constraint1 đến $constraint2 ký tự', ...options });

export const MaxLength = (max: number, options?: Options) =>
  validator.MaxLength(max, { message: 'Không được dài quá $constraint1 ký tự', ...options });

export const Min = (min: number, options?: Options) => validator.Min(min, { message: 'Không được nhỏ hơn $constraint1', ...options });

export const Max = (max: number, options?: Options) => validator.Max(max, { message: 'Không được lớn hơn $constraint1', ...options });

export const IsInt = (options?: Options) => validator.IsInt({ message: 'Phải là số nguyên', ...options });

/** A day ages are computed on (`asOf`): within AGE_DAYS. */
export const IsAgeDay = (options?: Options) =>
  validator.ValidateBy(
    {
      name: 'isAgeDay',
      validator: { validate: (value) => typeof value !== 'string' || isAgeDay(value), defaultMessage: () => AGE_DAY_MESSAGE },
    },
    options,
  );

/**
 * Puts every string of an input object (nested inputs and lists too) in the form it is stored in
 * — NFC, trimmed, inner whitespace collapsed (`normalizeText`) — in place, before the validators
 * run: "   " is then judged as the "" it would be stored as, so a required text of spaces fails its
 * length check instead of passing it. One mechanism for every input of every mutation and filter.
 */
export function normaliseInputText<T>(input: T): T {
  if (typeof input === 'string') return normalizeText(input) as T;
  if (Array.isArray(input)) {
    input.forEach((item, i) => (input[i] = normaliseInputText(item)));
  } else if (input && typeof input === 'object' && !(input instanceof Date)) {
    const record = input as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = normaliseInputText(record[key]);
  }
  return input;
}
