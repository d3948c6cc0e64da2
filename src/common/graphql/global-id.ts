/**
 * Global object identification (Relay): an opaque, URL-safe id that names the type and the
 * database key, so `node(id:)` can fetch any object and clients can cache by id.
 */
export interface DecodedGlobalId {
  typeName: string;
  databaseId: number;
}

export function toGlobalId(typeName: string, databaseId: number): string {
  return Buffer.from(`${typeName}:${databaseId}`, 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a well-formed global id. */
export function fromGlobalId(globalId: string): DecodedGlobalId | undefined {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z][A-Za-z0-9]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match) return undefined;
  const databaseId = Number(match[2]);
  if (!Number.isSafeInteger(databaseId)) return undefined;
  return { typeName: match[1]!, databaseId };
}
