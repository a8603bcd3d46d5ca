// The layers of the code base as lint errors (README "Where things go"): the engine is pure and imports nothing of
// the app or the worker; the app reaches the engine only through its front door, src/engine/index.ts, and the
// worker's code only through lib/worker (types aside); the worker has no UI.
const enginePure = {
  files: ['src/engine/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/lib/**', '**/components/**', '**/workers/**', '**/App.svelte', '**/main'],
            message: 'The engine is pure: it imports nothing from the app or the worker.',
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
        ],
      },
    ],
  },
}

/** The layer rules, for eslint.config.js. */
export const layers = [enginePure, appThroughFrontDoor, workerWithoutUi]
