import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainException } from '@tryout/server-common';
import { textRuleOf, type TextRule } from './text.decorators';

/** Single-line text: no control character (C0, DEL, C1) and no line or paragraph separator. */
const SINGLE_LINE_DISALLOWED = /[\p{Cc}\u2028\u2029]/u;
/** Multi-line text: C0 controls except tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTILINE_DISALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

const ALLOWED_HINT: Record<Exclude<TextRule, 'opaque'>, string> = {
  'single-line': 'control characters and line breaks are not allowed here',
  multiline: 'of the control characters only tab, newline and carriage return are allowed here',
};

/** The first disallowed character of `text` under `rule`, as `U+XXXX at index N`, or undefined. */
export function disallowedCharacter(text: string, rule: TextRule): string | undefined {
  if (rule === 'opaque') return undefined;
  const match = (rule === 'multiline' ? MULTILINE_DISALLOWED : SINGLE_LINE_DISALLOWED).exec(text);
  if (!match) return undefined;
  const hex = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} at index ${match.index}`;
}

/**
 * Every string of every body, query and path value, before validation: NUL and other control
 * characters never reach Postgres (which refuses NUL with a 500) nor a page. 400
 * `invalid_characters` naming each offending field. Fields are single-line unless their DTO
 * property says otherwise (text.decorators.ts). Iterative, so any nesting is safe.
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems: { field: string; errors: string[] }[] = [];
    const stack: { value: unknown; field: string; rule: TextRule }[] = [
      { value, field: metadata.data ?? '', rule: 'single-line' },
    ];
    const seen = new Set<unknown>();
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (typeof item.value === 'string') {
        const bad = disallowedCharacter(item.value, item.rule);
        if (bad) {
          const field = item.field || metadata.type;
          problems.push({
            field,
            errors: [
              `${field} contains a disallowed character (${bad}); ${ALLOWED_HINT[item.rule as Exclude<TextRule, 'opaque'>]}`,
            ],
          });
        }
        continue;
      }
      if (!item.value || typeof item.value !== 'object' || seen.has(item.value)) continue;
      seen.add(item.value);
      const topLevel = item.value === value && !metadata.data;
      for (const [key, child] of Object.entries(item.value as Record<string, unknown>)) {
        const field = item.field ? `${item.field}.${key}` : key;
        stack.push({ value: child, field, rule: topLevel ? textRuleOf(metadata.metatype, key) : item.rule });
      }
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.field.localeCompare(b.field));
      const message =
        problems.length === 1
          ? problems[0].errors[0]
          : `${problems.map((p) => p.field).join(', ')} contain disallowed characters`;
      throw new DomainException('invalid_characters', message, problems);
    }
    return value;
  }
}
