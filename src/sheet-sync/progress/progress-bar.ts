import { Presets, SingleBar } from 'cli-progress';
import type { SyncProgressEvent, SyncProgressListener } from '../../../sync/runner/progress';
import { SYNC_STEPS, type SyncStep } from '../../../sync/runner/run-sync';

/** Each step in the words of the office, and what its rows are. */
const STEPS: Record<SyncStep, { readonly label: string; readonly unit: string }> = {
  read: { label: 'đọc bảng tính', unit: 'dòng' },
  'reserve-ids': { label: 'cấp mã', unit: 'mã' },
  'write-sheet-values': { label: 'ghi ô', unit: 'dòng' },
  'commit-database': { label: 'ghi hoso', unit: 'thay đổi' },
  'write-sheet-layout': { label: 'ghi chú, thêm dòng', unit: 'mục' },
  'save-state': { label: 'lưu trạng thái', unit: '' },
};

/** What the bar shows for an event (nothing for DONE and FAILED: `stop` ends the bar). */
export interface ProgressLine {
  readonly index: number;
  readonly steps: number;
  readonly step: string;
  readonly unit: string;
  readonly value: number;
  readonly total: number;
}

export function progressLine(event: SyncProgressEvent): ProgressLine | undefined {
  if (event.phase === 'done' || event.phase === 'failed') return undefined;
  const { label, unit } = STEPS[event.phase];
  return {
    index: SYNC_STEPS.indexOf(event.phase) + 1,
    steps: SYNC_STEPS.length,
    step: event.attempt > 1 ? `${label} (lần ${event.attempt})` : label,
    unit,
    value: event.rowsDone,
    // A step whose total is known only at its end (the read) shows 0/1 until then.
    total: Math.max(1, event.rowsTotal),
  };
}

export interface SyncProgressBar {
  readonly onProgress: SyncProgressListener;
  /** A failed run leaves the bar where it stopped: the error sentence follows it. */
  stop(done: boolean): void;
}

/**
 * `hoso sync`'s bar, on stderr (stdout stays clean for --json), fed by the same events as the
 * syncProgress subscription: per step, its rows done of its total («ghi hoso 120/350 thay đổi»),
 * and which step of how many. cli-progress prints nothing when the stream is not a terminal.
 */
export function syncProgressBar(): SyncProgressBar {
  const bar = new SingleBar(
    {
      format: 'Đồng bộ |{bar}| bước {index}/{steps} {step}: {value}/{total} {unit}',
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(1, 0, { index: 0, steps: SYNC_STEPS.length, step: 'bắt đầu', unit: '' });
  return {
    onProgress: (event) => {
      const line = progressLine(event);
      if (!line) return;
      bar.setTotal(line.total);
      bar.update(line.value, line);
    },
    stop: (done) => {
      if (done) {
        bar.setTotal(1);
        bar.update(1, { index: SYNC_STEPS.length, steps: SYNC_STEPS.length, step: 'xong', unit: '' });
      }
      bar.stop();
    },
  };
}
