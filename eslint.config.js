import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'demo-dist/', 'node_modules/', 'custom-elements.json', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the kit must run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the kit must run under a strict CSP.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text only.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Definition data is untrusted: render it as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Definition data is untrusted: render it as text.' },
            { name: 'lit/directives/style-map.js', message: 'No inline styles: they break a strict CSP.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Build scripts, configs and the CLI run in Node.
    files: ['scripts/**', 'bin/**', '*.config.js', 'test/harness/*.js', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'wc/guard-super-call': 'off',
    },
  },
);
