import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * What a server process loads just to serve: modules only some commands need are required on
 * first use. exceljs alone holds about 6 MB of heap, and V8 grows a busy server's heap in
 * proportion to what stays live, so each megabyte loaded for nothing costs several at peak (issue 9).
 */
describe('the server loads at start-up only what serving needs', () => {
  it('requiring the server and the sync commands loads no exceljs; reading a workbook loads it', () => {
    const root = join(__dirname, '..', '..');
    const script = `
      require('reflect-metadata');
      require('./src/app/server');
      require('./src/sheet-sync/sheet-sync.cli');
      const loaded = () => Object.keys(require.cache).some((file) => file.includes('/node_modules/exceljs/'));
      const atStart = loaded();
      // Not a real workbook (a zip's first bytes, then nothing): exceljs is loaded to read it, and refuses it.
      require('./sync/xlsx/xlsx-workbook').XlsxWorkbook.read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))
        .then(() => { throw new Error('read a non-workbook'); }, () => undefined)
        .finally(() => console.log(JSON.stringify({ atStart, afterWorkbook: loaded() })));
    `;
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ atStart: false, afterWorkbook: true });
  });
});
