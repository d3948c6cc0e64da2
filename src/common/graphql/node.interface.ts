import { Field, ID, Int, InterfaceType } from 'type-graphql';

/** Every object a client can fetch by id implements Node (Relay global object identification). */
@InterfaceType({ description: 'An object with a global id, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global, opaque id.' })
  globalId!: string;

  @Field(() => Int, { description: 'The key in the database (shown in sheets and exports).' })
  databaseId!: number;
}
