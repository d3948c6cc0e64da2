export { createAuthClient, SPREADSHEETS_SCOPE, type SheetsCredentials } from './auth';
export { systemClock, VirtualClock, seededRandom, type Clock } from './clock';
export { sheetsConfigFromEnv, DEFAULT_REQUESTS_PER_MINUTE, SheetsNotConfiguredError, type SheetsConfig } from './config';
export { SheetsApiError } from './errors';
export { meteringCalls, countCalls, type CallMeter } from './call-meter';
export { MAX_BATCH_BYTES, splitBatches } from './batches';
export { RateLimiter } from './rate-limiter';
export { backoffDelay, isRetryableStatus, isTransientNetworkError, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
export {
  SheetsClient,
  isIdempotentBatch,
  type BatchGetOptions,
  type SheetsCallStats,
  type SheetsClientOptions,
  type SheetsGateway,
  type SheetsRequest,
  type Spreadsheet,
  type ValueRange,
  type ValueWrite,
} from './sheets-client';
