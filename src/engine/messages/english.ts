// The engine's English: every feature's templates in one table, the renderer Node callers use, and the switch that
// gives the engine's results their English fields. Only Node front doors import this module statically; the app's
// bundles would otherwise carry every template (english-fields.ts says why they need none).
import { AWS_CLI_EN } from './aws-cli.en'
import { AWS_ERROR_EN } from './aws-error.en'
import { CREDENTIALS_EN } from './credentials.en'
import { DIAGNOSTICS_EN } from './diagnostics.en'
import { EDITS_EN } from './edits.en'
import { setEnglishTemplates, wordIn } from './english-fields'
import { EXCLUSIONS_EN } from './exclusions.en'
import { FINDINGS_EN } from './findings.en'
import { IMPORT_EN } from './import.en'
import { IMPORT_IAC_EN } from './import-iac.en'
import { LESSON_EN } from './lesson.en'
import type { EngineMessage } from './message'
import { REMEDY_EN } from './remedy.en'
import { REQUEST_EN } from './request.en'
import { RULES_EN } from './rules.en'
import { SCENARIO_EN } from './scenario.en'
import { SOURCES_EN } from './sources.en'
import { STS_EN } from './sts.en'
import { TRACE_EN } from './trace.en'

/**
 * Every English template of the engine, by key. Each feature adds its `*.en.ts` table here (a key may appear in one
 * table only; the catalog test checks it).
 */
export const ENGINE_EN = {
  ...DIAGNOSTICS_EN,
  ...EDITS_EN,
  ...CREDENTIALS_EN,
  ...FINDINGS_EN,
  ...TRACE_EN,
  ...RULES_EN,
  ...SOURCES_EN,
  ...EXCLUSIONS_EN,
  ...REMEDY_EN,
  ...STS_EN,
  ...SCENARIO_EN,
  ...IMPORT_EN,
  ...IMPORT_IAC_EN,
  ...LESSON_EN,
  ...REQUEST_EN,
  ...AWS_ERROR_EN,
  ...AWS_CLI_EN,
} as const satisfies Record<string, string>

/** A key of {@link ENGINE_EN}. */
export type EngineMessageKey = keyof typeof ENGINE_EN

/** The message in English (an unknown key is shown as itself, never thrown); messages inside it are worded too. */
export function english(m: EngineMessage): string {
  return wordIn(ENGINE_EN, m)
}

/**
 * Gives everything the engine returns from now on its English fields (`message`, `label`, `reason`, … beside their
 * messages), as the Node API has them. Node front doors call it once at start, as they install the AWS managed
 * policies: the command line, the unit tests' setup and the benchmarks. The app never does (it words the messages).
 */
export function installEnglish(): void {
  setEnglishTemplates(ENGINE_EN)
}
