export * from './problems/problem.entity';
export * from './problems/problem-version.entity';
export * from './problems/problem-test.entity';
