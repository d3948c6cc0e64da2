export { escapeLike, matchKey, normalizeText, removeTones, searchKey, splitTone, toneOf, type Tone } from './text';
export { nameSortKey, splitFullName, vietnameseSortKey } from './sort-key';
export { convertLegacyToUnicode, detectLegacyEncoding, type LegacyEncoding } from './legacy-encoding';
