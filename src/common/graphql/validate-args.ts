import { validate, type ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { normaliseInputText } from '../validation';

const MAX_REMEMBERED = 2_000;
const validArguments = new Set<string>();

async function problemsOf(value: object): Promise<ValidationError[]> {
  return validate(value, { skipMissingProperties: true, forbidUnknownValues: false });
}

/**
 * Validates resolver arguments with class-validator, after normalising their text (so the
 * validators judge what would be stored), remembering argument values already found
 * valid. A nested list field is resolved once per parent with the same arguments (5,000 times in
 * a large nested query); validating them once is enough.
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue.filter((v): v is object => v !== null && typeof v === 'object') : [argValue];
  for (const value of values) {
    normaliseInputText(value);
    const key = `${value.constructor.name}:${JSON.stringify(value)}`;
    if (validArguments.has(key)) continue;
    const problems = await problemsOf(value);
    if (problems.length > 0) throw new ArgumentValidationError(problems);
    if (validArguments.size >= MAX_REMEMBERED) validArguments.clear();
    validArguments.add(key);
  }
}
