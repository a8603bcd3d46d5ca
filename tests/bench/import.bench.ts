// Import speed: a generated 1,000-user, 2,000-role, 3,000-policy account through importAuthorizationDetails, printed
// (never asserted). The target is under 5 s; Node on one core stands in for the worker, which runs the same code.
//
//   npx esbuild tests/bench/import.bench.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=node_modules/.cache/bench/import.mjs --log-level=warning && node node_modules/.cache/bench/import.mjs
//
// The account is generated once into node_modules/.cache (it is ~18 MB, too large to commit).
import './aws-managed'
import { readFileSync } from 'node:fs'
import { importAuthorizationDetails } from '../../src/engine/account/import/index'
import { parseScenario } from '../../src/engine/scenario/parse'
import { largeAccountFile } from './large-account'

const TARGET_MS = 5000
const text = readFileSync(largeAccountFile(), 'utf8')
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now()
  const value = run()
  return [value, performance.now() - start]
}

console.log(`IAM Playground import benchmark — Node ${process.version}, one core; median of three runs`)
const [input, parseMs] = time(() => JSON.parse(text) as unknown)
console.log(`${'JSON.parse of the input'.padEnd(48)} ${ms(parseMs)}  (${(text.length / 1e6).toFixed(1)} MB)`)

const runs: number[] = []
let result = importAuthorizationDetails(input)
for (let i = 0; i < 3; i++) {
  const [r, t] = time(() => importAuthorizationDetails(input))
  result = r
  runs.push(t)
}
const median = runs.sort((a, b) => a - b)[1]!
const { stats, warnings, unresolved } = result
console.log(
  `${'importAuthorizationDetails'.padEnd(48)} ${ms(median)}  ` +
    `(${stats.users} users, ${stats.groups} groups, ${stats.roles} roles, ${stats.policies} policies; ` +
    `${warnings.length} warnings, ${unresolved.length} unresolved)`,
)
const [checked, checkMs] = time(() => parseScenario(result.scenario))
console.log(
  `${'parseScenario of the imported scenario'.padEnd(48)} ${ms(checkMs)}  (${checked.ok ? 'ok' : 'REJECTED'})`,
)
const total = parseMs + median + checkMs
console.log(
  `${'total'.padEnd(48)} ${ms(total)}  ${total < TARGET_MS ? 'under' : 'OVER'} the ${TARGET_MS / 1000} s target`,
)

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en-US').padStart(7)} ms`
}
