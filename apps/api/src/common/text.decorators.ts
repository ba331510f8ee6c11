import 'reflect-metadata';

/**
 * Which characters a request string may carry; enforced for every body, query and path value by
 * ControlCharactersPipe. Undecorated strings are single-line: no control characters at all.
 * - `multiline`: text the candidate types as lines (source, custom input): tab, newline and
 *   carriage return are allowed; other C0 controls (NUL, ESC, …) and DEL are not.
 * - `opaque`: never stored nor shown as text (passwords, which are only hashed): anything goes.
 */
export type TextRule = 'single-line' | 'multiline' | 'opaque';

const TEXT_RULE = Symbol('tryout:text-rule');

function textRule(rule: TextRule): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(TEXT_RULE, rule, target, property);
}

/** Tab, newline and carriage return allowed (source code, program input). */
export const MultilineText = (): PropertyDecorator => textRule('multiline');

/** Not checked for control characters: the value is never stored or displayed as text. */
export const OpaqueText = (): PropertyDecorator => textRule('opaque');

/** The rule of `property` on a DTO class (single-line unless decorated). */
export function textRuleOf(dto: unknown, property: string): TextRule {
  if (typeof dto !== 'function') return 'single-line';
  const rule = Reflect.getMetadata(TEXT_RULE, (dto as { prototype: object }).prototype, property) as
    TextRule | undefined;
  return rule ?? 'single-line';
}
