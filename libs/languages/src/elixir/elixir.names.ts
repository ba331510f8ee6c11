import { HarnessException, HarnessExceptionCode } from '../signature/harness.exception';

/** Words Elixir's parser reserves: a function or variable cannot be named after them. */
const RESERVED = new Set([
  'do',
  'end',
  'fn',
  'when',
  'and',
  'or',
  'not',
  'in',
  'nil',
  'true',
  'false',
  'catch',
  'rescue',
  'after',
  'else',
]);

/**
 * The snake_case name LeetCode's Elixir code uses for a problem's camelCase one (`twoSum` →
 * `two_sum`, `getHTTPStatus` → `get_http_status`), as Elixir's `Macro.underscore` writes it.
 */
export function elixirName(name: string): string {
  const snake = name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
  if (RESERVED.has(snake)) {
    throw new HarnessException(HarnessExceptionCode.InvalidName, `"${name}" is a reserved word in Elixir`);
  }
  return snake;
}
