import { GraphQLError } from 'graphql';
import { type SheetsConfig, sheetsConfigFromEnv } from '../../sync/sheets/config';
import { SheetsClient, type SheetsGateway } from '../../sync/sheets/sheets-client';
import type { AppConfig } from '../app/config';
import type { Orm } from '../app/orm';
import type { SyncEnvironment } from './sheet-sync.service';
import { projectBudgetFor } from './schedule/shared-quota';

/** The Google client's settings, or an error the API shows as is (not an internal error). */
function configuredSheets(): SheetsConfig {
  try {
    return sheetsConfigFromEnv();
  } catch (error) {
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      extensions: { code: 'SHEETS_NOT_CONFIGURED' },
      ...(error instanceof Error ? { originalError: error } : {}),
    });
  }
}

/**
 * The sync's environment for this process. The Google client is built from the environment
 * (GOOGLE_API_ROOT_URL, GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_ACCESS_TOKEN) on first use and
 * then shared, so its rate limiter sees every run of the process.
 */
export function syncEnvironment(orm: Orm, config: AppConfig, sheets?: () => SheetsGateway): SyncEnvironment {
  let client: SheetsGateway | undefined;
  return {
    orm,
    databaseKind: config.databaseKind,
    sheets:
      sheets ??
      (() => {
        if (client) return client;
        const sheetsConfig = configuredSheets();
        // Google's per-project quota is shared by every run of every instance (src/sheet-sync/schedule/shared-quota.ts).
        client = SheetsClient.fromConfig(sheetsConfig, { budget: projectBudgetFor(orm, config.databaseKind, sheetsConfig) });
        return client;
      }),
  };
}
