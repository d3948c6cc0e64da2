import { BadUserInputError } from '../errors/errors';
import { fromGlobalId } from './global-id';

/** The database id inside a global id of the expected type, or a BAD_USER_INPUT naming the field. */
export function databaseIdOf(globalId: string, typeName: string, field: string): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw new BadUserInputError([{ field, message: `Không phải mã ${typeName} hợp lệ: "${globalId}" (expected a ${typeName} id)` }]);
  }
  return decoded.databaseId;
}
