// The layers of the code base as lint errors (README "Where things go"): the engine is pure and imports nothing of
// the app or the worker; the app reaches the engine only through its front door, src/engine/index.ts, and the
// worker's code only through lib/worker (types aside); the worker has no UI. The command line (src/cli) is Node-only:
// nothing of the app, the worker or the engine imports it, so it stays out of the app's bundle.
const NOT_THE_CLI = {
  group: ['**/cli/**'],
  message: 'The command line (src/cli) runs in Node only: the app and the worker never import it.',
}

const enginePure = {
  files: ['src/engine/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/lib/**', '**/components/**', '**/workers/**', '**/App.svelte', '**/main', '**/cli/**'],
            message: 'The engine is pure: it imports nothing from the app, the worker or the command line.',
          },
          {
            group: ['svelte', 'svelte/*', 'comlink', 'idb', '@codemirror/*', '@lezer/*', '@dagrejs/*'],
            message: 'The engine is plain TypeScript: no UI, worker, storage or layout libraries.',
          },
        ],
      },
    ],
  },
}

const appThroughFrontDoor = {
  files: ['src/components/**/*.{ts,svelte}', 'src/lib/**/*.{ts,svelte}', 'src/*.{ts,svelte}'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/engine/**', '!**/engine/index'],
            message: 'The app reaches the engine only through its front door, src/engine/index.ts.',
          },
          {
            group: ['**/workers/**'],
            allowTypeImports: true,
            message: 'The worker is reached through lib/worker; only its types may be imported here.',
          },
          NOT_THE_CLI,
        ],
      },
    ],
  },
}

const workerWithoutUi = {
  files: ['workers/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/src/engine/**', '!**/src/engine/index'],
            message: 'The worker calls the engine through its front door, src/engine/index.ts.',
          },
          { group: ['**/src/components/**', '**/*.svelte'], message: 'The worker has no UI.' },
          NOT_THE_CLI,
        ],
      },
    ],
  },
}

const cliInNode = {
  files: ['src/cli/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/engine/**', '!**/engine/index'],
            message: 'The command line reaches the engine through its front door, src/engine/index.ts.',
          },
          {
            // A directory's contents are re-included with the directory first (gitignore rules).
            group: [
              '**/components/**',
              '**/workers/**',
              '**/lib/**',
              '!**/lib/aws-managed',
              '!**/lib/aws-managed/aws-managed-policies.json',
            ],
            message: 'The command line runs the engine alone: of the app it reads only the AWS managed policies table.',
          },
          { group: ['svelte', 'svelte/*', '**/*.svelte'], message: 'The command line has no UI.' },
        ],
      },
    ],
  },
}

/** The layer rules, for eslint.config.js. */
export const layers = [enginePure, appThroughFrontDoor, workerWithoutUi, cliInNode]
