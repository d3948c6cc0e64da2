export { runSync, SYNC_STEPS, type RunSyncOptions, type SyncPorts, type SyncReport, type SyncStep } from './run-sync';
export { safeListener, type SyncProgressEvent, type SyncProgressListener, type SyncProgressPhase } from './progress';
export type { LockLease, SyncBinding, SyncLock, SyncStore } from './ports';
export { MemoryLock, MemorySyncStore } from './memory-store';
export { layoutRequests } from './layout-requests';
