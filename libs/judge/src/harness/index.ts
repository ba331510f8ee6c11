export * from './generate-harness';
export * from './harness.exception';
export * from './harness.types';
export {
  resolveSpec,
  usesNodeType,
  type ResolvedSpec,
  type ResolvedMethod,
  type ResolvedParam,
} from './signature.util';
