// ESLint flat config: TypeScript strict rules everywhere, React rules for the browser code, Prettier owns formatting.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'target/',
      'test/stack/opensearch/target/',
      'test-artifacts/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The panel's test support (renderers, core and http doubles) runs in the same jsdom as the panel.
    files: ['public/**/*.{ts,tsx}', 'test/support/panel/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '18' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  // Layers point one way (docs/ARCHITECTURE.md). Each block lists every import its folder may not make: a later
  // block for the same files replaces an earlier one's list.
  ...layerRules(),
  prettier,
);

function layerRules() {
  const testCode = { group: ['**/test/**'], message: 'Product code never imports test code.' };
  const restrict = (files, patterns) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    restrict(['common/**/*.ts', 'server/**/*.ts', 'public/**/*.{ts,tsx}'], [testCode]),
    restrict(
      ['common/**/*.ts'],
      [
        testCode,
        { group: ['**/server/**', '**/public/**'], message: 'common/ is imported by both sides.' },
        { group: ['node:*'], message: 'common/ runs in the browser too.' },
      ],
    ),
    restrict(
      ['public/**/*.{ts,tsx}'],
      [testCode, { group: ['**/server/**'], message: 'The panel talks to the server over HTTP.' }],
    ),
    restrict(
      ['server/lib/**/*.ts'],
      [
        testCode,
        {
          group: ['**/hosts/**', '**/routes', '**/routes/**'],
          message: 'Services and clients never import a host or the route table.',
        },
      ],
    ),
  ];
}
