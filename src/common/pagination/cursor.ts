import { BadUserInputError } from '../errors/errors';

export type CursorValue = string | number | boolean | null;

/** Cursors carry the sort values of a row (keyset pagination): stable when rows are added or removed. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number, argName: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    ) {
      return values as CursorValue[];
    }
  } catch {
    // reported below
  }
  throw new BadUserInputError([
    { field: argName, message: 'Con trỏ trang không hợp lệ hoặc thuộc một thứ tự sắp xếp khác (invalid cursor for this ordering).' },
  ]);
}
