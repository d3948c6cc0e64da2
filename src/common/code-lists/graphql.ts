import { registerEnumType } from 'type-graphql';
import { allCodeLists } from './index';

let registered = false;

/**
 * Registers every code list as a GraphQL enum: keys are the GraphQL values, the
 * Vietnamese labels their descriptions. Safe to call from every schema build.
 */
export function registerCodeListEnums(): void {
  if (registered) return;
  for (const list of allCodeLists) {
    const labels = new Map(list.entries.map((e) => [e.value, e.label]));
    const valuesConfig: Record<string, { description: string }> = {};
    for (const [key, value] of Object.entries(list.enumObject)) {
      valuesConfig[key] = { description: labels.get(value) ?? key };
    }
    registerEnumType(list.enumObject, { name: list.name, description: list.title, valuesConfig });
  }
  registered = true;
}
