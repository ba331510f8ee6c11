import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    // Candidate programs (solutions, hostile submissions, fixtures) are data, not our code.
    ignores: [
      'test/judge-matrix/**',
      'test/adversarial/*/**',
      'test/kattis/**',
      'test/fixtures/**',
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      'problems/**',
      'docker/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      'apps/web/vite.config.ts',
      '.nx/**',
      'artifacts/**',
      'libs/judge/src/harness/fixtures/*/solution.*',
      // A pack's files in its own language (templates, harness runtimes) are not our TypeScript.
      'libs/languages/src/*/stdio.*',
      'libs/languages/src/*/runtime/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Test files share test/support (not a project) by relative import.
          allow: ['^(\\.\\./)+test/support/[a-z-]+$'],
          depConstraints: [
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:engine', 'scope:shared'] },
            // Engine libs (the language packs) are plain code the sandbox, the judge and the CLI share:
            // no framework, no database, no server lib.
            {
              sourceTag: 'scope:engine',
              onlyDependOnLibsWithTags: ['scope:engine', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'dockerode'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', '**/test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '**/*.e2e.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests reach across projects on purpose (test/support boots apps/api, libs' *.int.ts use test/support).
    files: ['**/*.int.ts', '**/*.e2e.ts', 'test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
