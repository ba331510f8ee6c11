import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Path aliases come from tsconfig.base.json so there is one source of truth.
const tsconfig = JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [name, resolve(__dirname, target)]),
);

// SWC, not esbuild: NestJS needs emitDecoratorMetadata.
const plugins = [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })];

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/**/*.spec.ts', 'apps/*/src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          // apps/web/src specs are pure UI logic (diff, formatting, URL state): no DOM needed.
          exclude: ['apps/web/e2e/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['libs/**/*.int.ts', 'apps/*/test/**/*.int.ts', 'test/**/*.int.ts'],
          exclude: ['apps/web/**', '**/node_modules/**'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 2,
          minWorkers: 1,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          // Workers on several hosts (network namespaces, root only): test/scale, npm run test:scale.
          name: 'scale',
          include: ['test/scale/**/*.scale.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 1,
          minWorkers: 1,
          fileParallelism: false,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 1,
          minWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
