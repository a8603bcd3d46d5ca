// Shared by the IaC importer tests: fixtures read from tests/fixtures/import-iac and a check that the scenario loads.
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { IacImportResult } from '../../../../../src/engine/account/import-iac/index'
import { parseScenario } from '../../../../../src/engine/scenario/parse'

/** The text of a fixture file. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../../../fixtures/import-iac/${name}`, import.meta.url), 'utf8')
}

/** Asserts the scenario loads without errors, and returns it. */
export function loads(result: IacImportResult) {
  const parsed = parseScenario(result.scenario)
  if (!parsed.ok) expect(parsed.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([])
  return result.scenario
}

/** Locations of the warnings. */
export function warnedAt(result: IacImportResult): string[] {
  return result.warnings.map((w) => w.location)
}
