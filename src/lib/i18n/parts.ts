// The catalog comes in parts, so a page loads the words of what it shows: an embedded answer needs the answer's words
// (the `core` part), not the graph's, the editor's diagnostics or the undo menu's hundreds of edit labels. A part holds
// whole feature catalogs (./messages/*), and every key names its part by its first segment (`graph.zoomIn` → `graph`),
// so the page can tell which part a key needs without holding the catalog. tests/unit/i18n/parts.test.ts checks that
// every key of every part maps here to that part.

/** Each part and the key prefixes (first segment of a key) its feature catalogs use. */
export const PART_PREFIXES = {
  /** The shell, the request form and the whole answer: what every page shows before its first answer. */
  core: [
    'about',
    'answer',
    'app',
    'check',
    'checks',
    'condition',
    'conflict',
    'decision',
    'element',
    'embed',
    'engine',
    'entity',
    'exclusion',
    'failure',
    'flow',
    'gallery',
    'history',
    'impact',
    'layout',
    'noAllow',
    'offline',
    'policyLabel',
    'policyType',
    'principal',
    'request',
    'requestCheck',
    'rule',
    'saveStatus',
    'sessionPolicy',
    'share',
    'shell',
    'source',
    'statement',
    'storage',
    'sts',
    'trace',
    'unresolved',
    'views',
    'workspace',
    'pasteError',
    'cliCopy',
  ],
  /** The answer's extras that load just after it: what if, and what would allow it. */
  extras: ['whatIf', 'remedy'],
  /** The policy editor and the validator's diagnostics. */
  editor: ['editor', 'diag'],
  /** What scenario edits say (refusals, undo labels) and the password rules. */
  edits: ['edit', 'password'],
  /** Errors in a scenario file. */
  scenario: ['scenario'],
  /** The full playground's first screen beyond the account explorer: the Lessons button, the simulated clock. */
  workbench: ['workbench'],
  /** Below the answer in the playground: assuming a role, saved requests, Who can …. */
  requestTools: ['assume', 'saved', 'whoCan'],
  /** The account explorer: entities, the organization, identity providers. */
  account: ['account', 'org', 'providers', 'federation'],
  graph: ['graph'],
  matrix: ['matrix', 'matrixColumn'],
  credentials: ['credentials'],
  activity: ['activity'],
  findings: ['findings'],
  lesson: ['lesson'],
  /** The workspace menu's contents: importing a scenario file, from AWS, Terraform and CloudFormation; exporting. */
  import: ['import', 'importIac', 'iacExport', 'workspaceMenu', 'awsImport', 'iacImport', 'fileImport'],
  /** Reading a pasted AccessDenied error, and the AWS CLI commands written. */
  aws: ['awsError', 'awsCli'],
} as const satisfies Record<string, readonly string[]>

/** A part of the catalog. */
export type Part = keyof typeof PART_PREFIXES

/** Every part, `core` first. */
export const PARTS = Object.keys(PART_PREFIXES) as Part[]

const partByPrefix = new Map<string, Part>(
  PARTS.flatMap((part) => PART_PREFIXES[part].map((prefix) => [prefix, part] as const)),
)

/** The part a key's words are in (by its first segment); `core` for a key no part claims. */
export function partOf(key: string): Part {
  const dot = key.indexOf('.')
  return partByPrefix.get(dot < 0 ? key : key.slice(0, dot)) ?? 'core'
}
