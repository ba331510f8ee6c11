import type { FunctionLanguageId } from '@tryout/contracts';
import { type CallableSpec, functionSupport, resolveSpec } from '@tryout/languages';

/**
 * LeetCode-looking starter code for a function or design problem, from the language's pack: the
 * signature in the language's natural types, LeetCode's commented ListNode/TreeNode definitions
 * where the signature uses them, empty bodies (as on LeetCode).
 */
export function generateStarter(spec: CallableSpec, language: FunctionLanguageId): string {
  return functionSupport(language).starter(resolveSpec(spec));
}
