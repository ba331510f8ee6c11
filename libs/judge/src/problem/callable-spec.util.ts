import { z } from 'zod';
import { type CallableSpec, isCompareMode, parseTypeName, type ParamSpec } from '@tryout/languages';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

const param = z
  .object({ name: z.string().regex(IDENT, 'parameter names must be identifiers'), type: z.string() })
  .strict();
const compare = z
  .string()
  .default('exact')
  .refine(isCompareMode, { message: 'compare must be exact, any_order, any_order_deep or float:<eps>' })
  .transform((v) => v);

const functionBlock = z
  .object({
    name: z.string().regex(IDENT),
    params: z.array(param).default([]),
    returns: z.string(),
    compare,
  })
  .strict();

const classBlock = z
  .object({
    name: z.string().regex(IDENT),
    constructor: z
      .object({ params: z.array(param).default([]) })
      .strict()
      .optional(),
    methods: z
      .array(
        z
          .object({
            name: z.string().regex(IDENT),
            params: z.array(param).default([]),
            returns: z.string().default('void'),
          })
          .strict(),
      )
      .min(1),
    compare,
  })
  .strict();

function checkTypes(params: ParamSpec[], returns: string, where: string): string[] {
  const errors: string[] = [];
  for (const p of params) {
    const t = parseTypeName(p.type);
    if (!t || t.kind === 'void') errors.push(`${where}: parameter ${p.name} has unknown type "${p.type}"`);
  }
  if (!parseTypeName(returns)) errors.push(`${where}: unknown return type "${returns}"`);
  const names = params.map((p) => p.name);
  if (new Set(names).size !== names.length) errors.push(`${where}: duplicate parameter names`);
  return errors;
}

/**
 * Reads problem.yaml's `function:` or `class:` block. Returns the spec or the list of errors.
 * Read with own-property checks: `constructor` would otherwise resolve to Object's.
 */
export function parseCallableSpec(yaml: Record<string, unknown>): { spec?: CallableSpec; errors: string[] } {
  const hasFunction = Object.prototype.hasOwnProperty.call(yaml, 'function');
  const hasClass = Object.prototype.hasOwnProperty.call(yaml, 'class');
  if (hasFunction && hasClass) return { errors: ['declare either function: or class:, not both'] };
  if (!hasFunction && !hasClass) return { errors: ['type: function needs a function: or class: block'] };
  if (hasFunction) {
    const parsed = functionBlock.safeParse(yaml.function);
    if (!parsed.success)
      return { errors: parsed.error.issues.map((i) => `function.${i.path.join('.')}: ${i.message}`) };
    const f = parsed.data;
    const errors = checkTypes(f.params, f.returns, `function ${f.name}`);
    return errors.length ? { errors } : { spec: { kind: 'function', ...f }, errors: [] };
  }
  const raw = yaml.class;
  // A null-prototype copy: zod would otherwise read Object.prototype.constructor.
  const input: unknown =
    raw !== null && typeof raw === 'object' ? Object.assign(Object.create(null) as object, raw) : raw;
  const parsed = classBlock.safeParse(input);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `class.${i.path.join('.')}: ${i.message}`) };
  const c = parsed.data;
  const ctorParams =
    raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, 'constructor') && c.constructor
      ? c.constructor.params
      : [];
  const errors = checkTypes(ctorParams, 'void', `class ${c.name} constructor`);
  for (const m of c.methods) errors.push(...checkTypes(m.params, m.returns, `method ${m.name}`));
  const methodNames = c.methods.map((m) => m.name);
  if (new Set(methodNames).size !== methodNames.length) errors.push(`class ${c.name}: duplicate method names`);
  if (errors.length) return { errors };
  return {
    spec: { kind: 'class', name: c.name, constructor: { params: ctorParams }, methods: c.methods, compare: c.compare },
    errors: [],
  };
}
