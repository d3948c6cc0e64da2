import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from '../validation';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size';

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

export interface Page<T> {
  rows: { node: T; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** What a connection resolver returns: a page of rows, and the total counted only when asked for. */
export class ConnectionValue<T> {
  constructor(
    readonly page: Page<T>,
    private readonly countRows: () => Promise<number>,
  ) {}

  get edges(): { node: T; cursor: string }[] {
    return this.page.rows;
  }

  get nodes(): T[] {
    return this.page.rows.map((row) => row.node);
  }

  get pageInfo(): PageInfo {
    const rows = this.page.rows;
    // The cursors are getters: a page read without its sort keys (no cursor selected) still answers `hasNextPage`.
    return {
      hasNextPage: this.page.hasNextPage,
      hasPreviousPage: this.page.hasPreviousPage,
      get startCursor() {
        return rows[0]?.cursor ?? null;
      },
      get endCursor() {
        return rows[rows.length - 1]?.cursor ?? null;
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
    @Field(() => [Edge])
    override get edges(): { node: T; cursor: string }[] {
      return super.edges;
    }

    @Field(() => [nodeType])
    override get nodes(): T[] {
      return super.nodes;
    }

    @Field(() => PageInfo)
    override get pageInfo(): PageInfo {
      return super.pageInfo;
    }

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    override get totalCount(): Promise<number> {
      return super.totalCount;
    }
  }
  return Connection;
}
