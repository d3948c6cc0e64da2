import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver as LibraryLocalDate } from 'graphql-scalars';

/** How many distinct dates the LocalDate serializer remembers as checked (birth dates of a province fit). */
const CHECKED_DATES_LIMIT = 100_000;

/** `serialize`, with its checks done once per distinct value that passed them. */
function rememberingSerializer(serialize: (value: unknown) => unknown): (value: unknown) => unknown {
  const checked = new Set<string>();
  return (value) => {
    if (typeof value === 'string' && checked.has(value)) return value;
    const serialized = serialize(value);
    if (typeof serialized === 'string') {
      if (checked.size >= CHECKED_DATES_LIMIT) checked.clear();
      checked.add(serialized);
    }
    return serialized;
  };
}

const libraryConfig = LibraryLocalDate.toConfig();

/**
 * graphql-scalars' LocalDate, with its checks (format, a real calendar day) done once per distinct
 * value on output: they build a Date and an ISO string for every value, ~6 % of a profile of the
 * 100-cadre list under load, and a list's dates repeat (cadres' birth dates span some 15,000 days). Input parsing is the library's unchanged. Use this, not graphql-scalars' own, everywhere:
 * a schema holds one type per name.
 */
export const LocalDateResolver = new GraphQLScalarType({
  ...libraryConfig,
  serialize: rememberingSerializer(libraryConfig.serialize),
});
