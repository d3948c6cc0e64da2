import { LocalDateResolver as LibraryLocalDate } from 'graphql-scalars';
import { Kind } from 'graphql';
import { LocalDateResolver } from '../../src/common/graphql/scalars';

describe('the LocalDate scalar (graphql-scalars checks, remembered per value)', () => {
  it('serializes a real calendar day as it is, the first time and every time after', () => {
    expect(LocalDateResolver.serialize('1985-02-28')).toBe('1985-02-28');
    expect(LocalDateResolver.serialize('1985-02-28')).toBe('1985-02-28');
  });

  it.each(['1985-02-30', '1985-13-01', '1985?', '', '28/02/1985'])('refuses %j on output, however often it is met', (value) => {
    expect(() => LocalDateResolver.serialize(value)).toThrow(/LocalDate/);
    expect(() => LocalDateResolver.serialize(value)).toThrow(/LocalDate/);
  });

  it('refuses what is not a string', () => {
    expect(() => LocalDateResolver.serialize(new Date('1985-02-28'))).toThrow(/not string/);
    expect(() => LocalDateResolver.serialize(19850228)).toThrow(/not string/);
  });

  it('is the same type to clients: name, description and input parsing are the library’s', () => {
    expect(LocalDateResolver.name).toBe(LibraryLocalDate.name);
    expect(LocalDateResolver.description).toBe(LibraryLocalDate.description);
    expect(LocalDateResolver.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => LocalDateResolver.parseValue('2023-02-29')).toThrow(/LocalDate/);
    expect(LocalDateResolver.parseLiteral({ kind: Kind.STRING, value: '2024-01-31' })).toBe('2024-01-31');
  });
});
