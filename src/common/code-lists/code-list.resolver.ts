import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../errors/errors';
import type { CodeList } from './code-list';
import { allCodeLists } from './index';

@ObjectType({ description: 'One value of a code list.' })
export class CodeListEntryInfo {
  @Field(() => String, { description: 'GraphQL enum value (the enum key), e.g. HMONG.' })
  value!: string;

  @Field(() => String, { description: 'Code stored in the database and used in reports, e.g. "08".' })
  code!: string;

  @Field(() => String, { description: 'Vietnamese label, e.g. "HMông".' })
  label!: string;

  @Field(() => [String], { description: 'Other spellings and abbreviations accepted on input.' })
  variants!: string[];
}

@ObjectType({ description: 'A code list (danh mục): its GraphQL enum and Vietnamese labels.' })
export class CodeListInfo {
  @Field(() => String, { description: 'GraphQL enum name, e.g. Ethnicity.' })
  name!: string;

  @Field(() => String, { description: 'Vietnamese title, e.g. "Dân tộc".' })
  title!: string;

  @Field(() => [CodeListEntryInfo])
  entries!: CodeListEntryInfo[];
}

function describe(list: CodeList<string>): CodeListInfo {
  const keyOf = new Map(Object.entries(list.enumObject).map(([key, value]) => [value, key]));
  return {
    name: list.name,
    title: list.title,
    entries: list.entries.map((e) => ({
      value: keyOf.get(e.value) ?? e.value,
      code: e.code,
      label: e.label,
      variants: [...e.variants],
    })),
  };
}

/** The lists asked for, in the order asked (all lists when `names` is absent). */
export function describeCodeLists(names?: readonly string[] | null): CodeListInfo[] {
  if (!names) return allCodeLists.map(describe);
  const byName = new Map(allCodeLists.map((l) => [l.name, l]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length > 0) {
    throw new BadUserInputError(unknown.map((n) => ({ field: 'names', message: `Không có danh mục "${n}"` })));
  }
  return names.map((n) => describe(byName.get(n) as CodeList<string>));
}

@Resolver()
export class CodeListResolver {
  @Query(() => [CodeListInfo], {
    description: 'Code lists with their Vietnamese labels, for drop-downs and for reading sheets.',
  })
  codeLists(
    @Arg('names', () => [String], { nullable: true, description: 'Enum names; all lists when omitted.' })
    names?: string[] | null,
  ): CodeListInfo[] {
    return describeCodeLists(names);
  }
}
