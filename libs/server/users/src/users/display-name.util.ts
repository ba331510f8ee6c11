/**
 * Names are shown to other people (interviews, lists): no markup, no control or format characters
 * (Cc, Cf: NUL, ESC, zero-width spaces and joiners, bidi overrides and isolates), no line or
 * paragraph separators, and at least one visible character. (Length: DISPLAY_NAME_MAX_LENGTH.)
 */
const FORBIDDEN = /[<>\p{Cc}\p{Cf}\u2028\u2029]/u;
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/** Why `name` is not a valid display name, or undefined when it is. */
export function displayNameProblem(name: string): string | undefined {
  const bad = FORBIDDEN.exec(name);
  if (bad) {
    const hex = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `displayName may not contain < >, control or invisible formatting characters (found U+${hex})`;
  }
  if (!VISIBLE.test(name)) return 'displayName must contain a visible character';
  return undefined;
}
