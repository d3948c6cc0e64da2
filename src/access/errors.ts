import { GraphQLError } from 'graphql';

/** Filtering or ordering on personal data without the right to read it: refused, naming the arguments. */
export class ForbiddenFieldArgumentsError extends GraphQLError {
  constructor(readonly argumentsUsed: readonly string[]) {
    super(
      `Không có quyền lọc hay sắp xếp theo dữ liệu cá nhân: ${argumentsUsed.join(', ')} (needs the personal-data right over all your scopes)`,
      { extensions: { code: 'FORBIDDEN_FIELD', arguments: argumentsUsed } },
    );
  }
}
