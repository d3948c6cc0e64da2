import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../app/context';
import { Node } from './node.interface';
import { fromGlobalId } from './global-id';
import { BadUserInputError } from '../errors/errors';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    const meta = decoded && ctx.em.getMetadata().find(decoded.typeName);
    if (!decoded || !meta || meta.abstract || !meta.class) {
      throw new BadUserInputError([{ field: 'id', message: `Mã không hợp lệ: "${id}"` }]);
    }
    return (await ctx.loaders.byId(meta.class, decoded.databaseId)) as Node | null;
  }
}
