import * as validator from 'class-validator';

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
