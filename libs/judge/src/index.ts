export * from './verdict.util';
export * from './problem/function-spec';
export * from './problem/problem-package';
