/**
 * Values worked out from a parsed document's node and a key (its variables, its viewer...), kept
 * while the node lives. Apollo keeps one parsed document per query text, so a query sent again
 * brings the same nodes and finds what was worked out for them; a node no longer used is dropped
 * with its document. At most `keysPerNode` keys are kept for one node (a query sent with ever new
 * variables), the oldest dropped first. A computation that throws keeps nothing.
 */
export class NodeMemo<V> {
  private readonly byNode = new WeakMap<object, Map<string, V>>();

  constructor(private readonly keysPerNode: number) {}

  get(node: object, key: string, compute: () => V): V {
    let values = this.byNode.get(node);
    if (!values) this.byNode.set(node, (values = new Map()));
    if (values.has(key)) return values.get(key)!;
    const value = compute();
    if (values.size >= this.keysPerNode) values.delete(values.keys().next().value!);
    values.set(key, value);
    return value;
  }
}

/** JSON for a memo key: a bigint (JSON.stringify throws on it) keeps its type in the text. */
export function keyJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v));
}
