import { InvalidArgumentError } from 'commander';

/**
 * Google's spreadsheet ids are base64url ([A-Za-z0-9_-]), so about one in 64 starts with '-'
 * and a command line reads it as an option. Every command that takes an id therefore also
 * takes the sheet's URL (what staff copy from the address bar anyway) and, after `--`, a bare
 * id that starts with '-'.
 */
const ID = /^[A-Za-z0-9_-]+$/;
/** …/spreadsheets/d/<id>/edit, also with a signed-in account (…/spreadsheets/u/1/d/<id>/…). */
const ID_IN_URL = /\/spreadsheets(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]+)/;

/** The id in `value`, an id or a sheet's URL; commander shows the error with the argument's name. */
export function parseSpreadsheetIdArgument(value: string): string {
  const trimmed = value.trim();
  if (ID.test(trimmed)) return trimmed;
  const inUrl = ID_IN_URL.exec(trimmed);
  if (inUrl) return inUrl[1]!;
  throw new InvalidArgumentError(
    'expected the id in the sheet URL (the part between /d/ and /edit) or the whole URL https://docs.google.com/spreadsheets/d/<id>/edit',
  );
}

/** An unknown "option" this long and made of id characters is almost surely an id that starts with '-'. */
const LOOKS_LIKE_DASHED_ID = /^error: unknown option '(-[A-Za-z0-9_][A-Za-z0-9_-]{19,})'/;

/**
 * Commander's error line, with a hint when the unknown option looks like a spreadsheet id:
 * the same command with `--` before the id, or the sheet's URL.
 */
export function withDashedIdHint(message: string, args: readonly string[]): string {
  const id = LOOKS_LIKE_DASHED_ID.exec(message)?.[1];
  if (id === undefined) return message;
  const at = args.indexOf(id);
  const corrected = at < 0 ? `-- ${id}` : [...args.slice(0, at), '--', ...args.slice(at)].join(' ');
  return (
    `${message.trimEnd()}\n` +
    `Nếu '${id}' là mã bảng tính (mã của Google có thể bắt đầu bằng '-'), hãy viết \`--\` trước nó: ` +
    `hoso ${corrected}\nhoặc dán cả URL của bảng tính (https://docs.google.com/spreadsheets/d/…/edit).\n`
  );
}
