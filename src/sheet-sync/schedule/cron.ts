import { parseExpression } from 'cron-parser';
import { BadUserInputError } from '../../common/errors/errors';

/**
 * A binding's schedule is a standard five-field cron expression (minute hour day-of-month month
 * day-of-week), read in the office's time zone. cron-parser (pg-boss's own parser, so both
 * schedulers read an expression the same way) checks the fields; the count is checked here because
 * cron-parser also takes four or six fields, and pg-boss runs a schedule at most once a minute.
 */
export const CRON_EXAMPLE = '*/15 * * * *';

const FIELDS = 5;

/** The expression as stored: trimmed, single spaces. Throws BAD_USER_INPUT on `field` naming what is wrong. */
export function parseSchedule(text: string, timeZone: string, field = 'schedule'): string {
  const cron = text.trim().split(/\s+/).join(' ');
  const refuse = (why: string): never => {
    throw new BadUserInputError([
      {
        field,
        message: `Lịch «${text}» không hợp lệ: ${why}. Cần 5 trường: phút giờ ngày tháng thứ, ví dụ «${CRON_EXAMPLE}» (mỗi 15 phút)`,
      },
    ]);
  };
  const count = cron === '' ? 0 : cron.split(' ').length;
  if (count !== FIELDS) refuse(`có ${count} trường`);
  try {
    parseExpression(cron, { tz: timeZone });
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
  }
  return cron;
}

/** The first time the schedule fires strictly after `after`. */
export function nextRunAt(cron: string, after: Date, timeZone: string): Date {
  return parseExpression(cron, { tz: timeZone, currentDate: after }).next().toDate();
}

/** An IANA zone name the runtime knows ("Asia/Ho_Chi_Minh"), or an error naming the variable. */
export function checkTimeZone(zone: string, name: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`${name}: "${zone}" is not a time zone (expected an IANA name such as Asia/Ho_Chi_Minh)`);
  }
  return zone;
}
