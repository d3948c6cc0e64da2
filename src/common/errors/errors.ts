import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Dotted path of the failing input field, e.g. "input.birthDate". */
  field: string;
  message: string;
}

/** A bad input: `extensions.code = "BAD_USER_INPUT"` and every failing field, nothing written. */
export class BadUserInputError extends GraphQLError {
  /** `httpStatus`: for a refusal before execution, where Apollo can still set the response's status. */
  constructor(
    readonly fields: FieldProblem[],
    options: { httpStatus?: number } = {},
  ) {
    super(fields.length === 1 ? `${fields[0]!.field}: ${fields[0]!.message}` : `Dữ liệu không hợp lệ (${fields.length} trường)`, {
      extensions: { code: 'BAD_USER_INPUT', fields, ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}) },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} không tồn tại (not found)`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

/**
 * A write that met another on the same records: nothing of it was written, and the same request
 * sent again succeeds (format-error.ts maps the databases' deadlocks and lock waits to it too).
 */
export class WriteConflictError extends GraphQLError {
  static readonly MESSAGE =
    'Dữ liệu này vừa được một yêu cầu khác thay đổi hoặc đang được ghi cùng lúc nên yêu cầu đã dừng, chưa ghi gì: hãy gửi lại (write conflict)';

  constructor(message = WriteConflictError.MESSAGE) {
    super(message, { extensions: { code: 'WRITE_CONFLICT' } });
  }
}

export interface Reference {
  entity: string;
  field: string;
  count: number;
}

/** Deleting a record that others still point at is refused, naming who points at it. */
export class StillReferencedError extends GraphQLError {
  /** `hiddenElsewhere`: records beyond the viewer's scopes refer to it too (neither their type nor their number is said). */
  constructor(what: string, references: Reference[], hiddenElsewhere = false) {
    const parts = references.map((r) => `${r.count} ${r.entity}.${r.field}`);
    if (hiddenElsewhere) parts.push('bản ghi ngoài phạm vi của bạn (records outside your scopes)');
    super(`Không thể xóa ${what}: còn được tham chiếu bởi ${parts.join(', ')}`, {
      extensions: { code: 'REFERENCED', references, hiddenElsewhere },
    });
  }
}

/** Collects problems with an input so that all of them are reported at once. */
export class FieldProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems);
  }
}
