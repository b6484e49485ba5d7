// Lint rules. The ones that matter most: core/ is pure and imports nothing from the layers above
// it, only the store speaks SQL (kysely), and the dashboard's hooks follow React's rules. The
// whole table of which folder may import which is checked by test/architecture.test.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Queries live in the store (STYLE.md rule 13): nothing else imports kysely. */
const KYSELY_IN_STORE = {
  name: 'kysely',
  message: 'Queries live in src/store/: call a named store function instead of building SQL.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [KYSELY_IN_STORE] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [KYSELY_IN_STORE],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core/ is isomorphic: no Node-only APIs.',
            },
            {
              group: [
                '**/charts/**',
                '**/cli/**',
                '**/export/**',
                '**/i18n/**',
                '**/ingest/**',
                '**/node/**',
                '**/reports/**',
                '**/server/**',
                '**/store/**',
                '**/web/**',
              ],
              message: 'core/ may not import from a layer above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [KYSELY_IN_STORE],
          patterns: [
            {
              group: ['**/src/**', '!@gapscope/**'],
              message:
                'web/ reaches src/ through its aliases: @gapscope/core/…, @gapscope/charts/…, @gapscope/i18n/… (web/aliases.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
