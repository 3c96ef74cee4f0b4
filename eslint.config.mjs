import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-expected/**', 'node_modules/**', 'coverage/**', 'schemas/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Engine folders stay free of the GitHub toolkit: only the action shells may import @actions/*.
    files: [
      'src/{config,schemas,validate,rules,eksctl,report,karpenter,cli,upgrade}/**/*.ts',
      'src/cli.ts',
      'src/cli-index.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The engine and the CLI must not import the GitHub Actions toolkit.' }
          ]
        }
      ]
    }
  }
)
