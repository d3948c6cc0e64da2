import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { startTestApi, type TestApi } from './server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;

/** Moves a unit under another (`parent`: a global id, or null for the top). */
export const MOVE_UNIT = doc('mutation($id: ID!, $parent: ID) { updateUnit(id: $id, input: { parentId: $parent }) { id } }');
const CREATE_UNIT = doc('mutation($input: CreateUnitInput!) { createUnit(input: $input) { id databaseId } }');

export interface MadeUnit {
  id: string;
  databaseId: number;
}

/** An API over a seeded database, and a way to make units in one of its communes (for tests that move units about). */
export async function startUnitsApi(
  cadres: number,
): Promise<{ api: TestApi; makeUnit(name: string, parent?: MadeUnit): Promise<MadeUnit> }> {
  const api = await startTestApi();
  await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres });
  const communes = await api.data(doc('{ localities(filter: { level: [COMMUNE], current: true }, first: 1) { nodes { id } } }'));
  const localityId = communes.localities.nodes[0].id as string;
  const makeUnit = async (name: string, parent?: MadeUnit) => {
    const input = { name, block: 'GOVERNMENT', kind: 'OTHER', localityId, parentId: parent?.id };
    const made = (await api.data(CREATE_UNIT, { input })).createUnit as MadeUnit;
    return { id: made.id, databaseId: Number(made.databaseId) };
  };
  return { api, makeUnit };
}
