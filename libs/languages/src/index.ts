export * from './language-pack';
export * from './registry';
export * from './argv.util';
export * from './contract/language-contract.util';
export * from './harness/protocol';
export * from './harness/harness.types';
export * from './signature/function-spec';
export * from './signature/harness.exception';
export {
  resolveSpec,
  usesNodeType,
  type ResolvedSpec,
  type ResolvedMethod,
  type ResolvedParam,
} from './signature/signature.util';
export * from './sql/sql.runtime';
