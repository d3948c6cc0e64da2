import { loadConfig } from '../../src/app/config';

describe('HOSO_HEAP_GROWING_PERCENT (the server paces its garbage collection: src/app/gc-pacing.ts)', () => {
  it('is 60 unless set: the pacing the bench measured the heap floor with', () => {
    expect(loadConfig({ LOG_LEVEL: 'warn' }).heapGrowingPercent).toBe(60);
  });

  it('0 leaves the pacing to V8, and any other whole number is the percent', () => {
    expect(loadConfig({ LOG_LEVEL: 'warn', HOSO_HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ LOG_LEVEL: 'warn', HOSO_HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
  });

  it('anything else is refused at start-up, naming the variable', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'warn', HOSO_HEAP_GROWING_PERCENT: '60%' })).toThrow(
      'HOSO_HEAP_GROWING_PERCENT must be a whole number (0 = off), got "60%"',
    );
  });
});
