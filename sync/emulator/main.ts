/**
 * Starts the Sheets API emulator for demos and manual runs:
 *   node -r ts-node/register/transpile-only sync/emulator/main.ts
 * EMULATOR_PORT (default 8787) and EMULATOR_HOST (default 127.0.0.1) choose where it listens.
 * Point hoso at it with GOOGLE_API_ROOT_URL=<printed URL>/ and any GOOGLE_ACCESS_TOKEN.
 */
import { SheetsEmulator } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.EMULATOR_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`EMULATOR_PORT must be a port number, not ${process.env.EMULATOR_PORT}`);
  const emulator = await SheetsEmulator.start({ port, host: process.env.EMULATOR_HOST ?? '127.0.0.1' });
  console.log(`Sheets API emulator listening on ${emulator.url}`);
  console.log(`  GOOGLE_API_ROOT_URL=${emulator.rootUrl} GOOGLE_ACCESS_TOKEN=emulator`);
  console.log(
    `  create a spreadsheet: curl -X POST ${emulator.url}/__emulator/spreadsheets -d '{"spreadsheetId":"demo","sheets":[{"title":"Cán bộ"}]}'`,
  );
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
