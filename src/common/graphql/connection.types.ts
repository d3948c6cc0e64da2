import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from '../validation';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size';
import { type CursorValue, encodeCursor } from '../pagination/cursor';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when paging backwards and rows remain before, or when `after` was given.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end (max ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

/** A page of rows: the nodes in order, and their sort keys when a cursor was selected (edges are made only if read). */
export interface Page<T> {
  nodes: T[];
  /** Each node's sort keys, for its cursor; absent when the selection reads no cursor. */
  sortValues?: CursorValue[][];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function cursorOf(page: Page<unknown>, i: number): string {
  // The selection analysis said no cursor was asked for; reaching here is a bug, not a client error.
  const values = page.sortValues?.[i];
  if (!values) throw new Error('a cursor was read but its sort keys were not selected');
  return encodeCursor(values);
}

/** An edge whose cursor is encoded only if a client reads it. */
class PageEdge<T> {
  constructor(
    private readonly page: Page<T>,
    private readonly index: number,
  ) {}

  get node(): T {
    return this.page.nodes[this.index]!;
  }

  get cursor(): string {
    return cursorOf(this.page, this.index);
  }
}

/** What a connection resolver returns: a page of rows, and the total counted only when asked for. */
export class ConnectionValue<T> {
  constructor(
    readonly page: Page<T>,
    private readonly countRows: () => Promise<number>,
  ) {}

  get edges(): { node: T; cursor: string }[] {
    return this.page.nodes.map((_, i) => new PageEdge(this.page, i));
  }

  get nodes(): T[] {
    return this.page.nodes;
  }

  get pageInfo(): PageInfo {
    const page = this.page;
    const last = page.nodes.length - 1;
    // The cursors are getters: a page read without its sort keys (no cursor selected) still answers `hasNextPage`.
    return {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return last >= 0 ? cursorOf(page, 0) : null;
      },
      get endCursor() {
        return last >= 0 ? cursorOf(page, last) : null;
      },
    };
  }

  /** A getter, so the count query runs only when a client selects `totalCount`. */
  get totalCount(): Promise<number> {
    return this.countRows();
  }
}

/** `XConnection` and `XEdge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string): ClassType<ConnectionValue<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records (Relay connection).` })
  class Connection extends ConnectionValue<T> {
    // A field resolver: graphql-jit reads a field without one as a plain value, never awaiting it.
    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    override get totalCount(): Promise<number> {
      return super.totalCount;
    }
  }
  // Fields of the type answered by ConnectionValue's own getters through the default resolver.
  // Declared as getters of this class, each would be a TypeGraphQL field resolver that first
  // copies the value into a new instance of this class: once per connection and field, a few
  // thousand times for a big nested page.
  Field(() => [Edge])(Connection.prototype, 'edges');
  Field(() => [nodeType])(Connection.prototype, 'nodes');
  Field(() => PageInfo)(Connection.prototype, 'pageInfo');
  return Connection;
}
