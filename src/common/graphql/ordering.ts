import { ArgsType, Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { IsOptional, ValidateNested } from '../validation';
import { PageArgs } from './connection.types';
import type { OrderTerm, SortDirection } from '../db/list-query';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** `XOrder { field: XOrderField!, direction: OrderDirection = ASC }` for an entity's order-field enum. */
export function orderInputType<F extends string>(fieldEnum: Record<string, F>, name: string): ClassType<OrderTerm<F>> {
  registerEnumType(fieldEnum, { name: `${name}OrderField` });

  @InputType(`${name}Order`)
  class Order implements OrderTerm<F> {
    @Field(() => fieldEnum)
    field!: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction: SortDirection = OrderDirection.ASC;
  }
  return Order;
}

/**
 * The arguments of a list field: page arguments plus `filter: XFilter` and `orderBy: [XOrder!]`.
 * Root and nested fields of the same type share it, so they accept exactly the same arguments.
 */
export function listArgsType<TFilter extends object, F extends string>(
  name: string,
  filterType: ClassType<TFilter>,
  fieldEnum: Record<string, F>,
  orderDescription: string,
): ClassType<PageArgs & { filter?: TFilter; orderBy?: OrderTerm<F>[] }> {
  const Order = orderInputType(fieldEnum, name);

  @ArgsType()
  class ListArgs extends PageArgs {
    @Field(() => filterType, { nullable: true })
    @IsOptional()
    @ValidateNested()
    filter?: TFilter;

    @Field(() => [Order], { nullable: true, description: orderDescription })
    orderBy?: OrderTerm<F>[];
  }
  Object.defineProperty(ListArgs, 'name', { value: `${name}ListArgs` });
  return ListArgs;
}
