import { formattedValue } from '../../sync/emulator/cells';
import { serialFromDate } from '../../sync/emulator/dates';

/**
 * The 'Xung đột' tab formats "Từ lúc" as `dd/mm/yyyy hh:mm`; the emulator knew only date parts
 * and showed 3 Dec 2026 14:05 as "03/12/2026 hh:12" (the minutes' `mm` read as the month), so
 * the README walkthrough against it printed nonsense. Google reads `m`/`mm` right after an hour
 * or right before seconds as minutes.
 */
describe('the emulator formats date-time patterns as Google does', () => {
  const at = (hours: number, minutes: number, seconds = 0) =>
    serialFromDate(2026, 12, 3)! + (hours * 3600 + minutes * 60 + seconds) / 86_400;
  const shown = (serial: number, pattern: string) => formattedValue({ value: serial, numberFormat: { type: 'DATE_TIME', pattern } });

  it.each([
    ['dd/mm/yyyy hh:mm', at(14, 5), '03/12/2026 14:05'],
    ['dd/mm/yyyy hh:mm', at(0, 0), '03/12/2026 00:00'],
    ['d/m/yyyy h:mm:ss', at(9, 7, 3), '3/12/2026 9:07:03'],
    ['hh:mm dd/mm/yyyy', at(23, 59), '23:59 03/12/2026'],
    ['mm:ss', at(10, 4, 30), '04:30'],
    ['dd/mm/yyyy', at(14, 5), '03/12/2026'],
  ])('%s, serial %d → %s', (pattern, serial, expected) => {
    expect(shown(serial, pattern)).toBe(expected);
  });
});
