import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity';
import { REQUEST_META_KEY, type RequestMeta } from '../app/request-meta';

/** Derived columns are noise in the audit trail: they follow from the fields that are recorded. */
const UNAUDITED_FIELDS = new Set(['nameSearch', 'nameSort', 'path', 'createdAt', 'updatedAt']);

/**
 * Records every change to every record, whoever makes it (API, sync, CLI), inside the flush's
 * own transaction: MikroORM runs these hooks with the transaction set on `args.em`, so a
 * change and its audit row commit or roll back together. The bulk demo seed bypasses the unit
 * of work (no hooks run) and writes its own entries (seed-audit.ts).
 */
export class AuditSubscriber implements EventSubscriber {
  afterCreate(args: EventArgs<object>): Promise<void> {
    return this.record(args, 'create');
  }

  afterUpdate(args: EventArgs<object>): Promise<void> {
    return this.record(args, 'update');
  }

  afterDelete(args: EventArgs<object>): Promise<void> {
    return this.record(args, 'delete');
  }

  private async record(args: EventArgs<object>, action: AuditEntry['action']): Promise<void> {
    if (args.entity instanceof AuditEntry || !args.changeSet || !isAudited(args.entity)) return;
    const meta = args.em.getLoggerContext()[REQUEST_META_KEY] as RequestMeta | undefined;
    const entityId = Number(args.changeSet.getPrimaryKey() ?? (args.entity as { id?: unknown }).id);
    const changes = action === 'delete' ? null : auditedChanges(args.changeSet.payload as Record<string, unknown>);
    // An update of derived columns only (e.g. a tree path) is not a change anyone made.
    if (action === 'update' && Object.keys(changes!).length === 0) return;
    await args.em.insert(AuditEntry, {
      at: new Date(),
      actor: meta?.actor ?? 'system',
      source: meta?.source ?? 'cli',
      entityName: args.changeSet.name,
      entityId,
      action,
      changes,
    });
  }
}

/** Bookkeeping entities (the sync's state and history) declare `static audited = false`. */
function isAudited(entity: object): boolean {
  return (entity.constructor as { audited?: boolean }).audited !== false;
}

function auditedChanges(payload: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (UNAUDITED_FIELDS.has(key)) continue;
    changes[key] = value instanceof Date ? value.toISOString() : value;
  }
  return changes;
}
