// The bundled AWS managed policies are a static file of the build (precached for offline use), not part of the
// JavaScript: the page and the engine's worker each fetch it once and install it in their engine before using it.
import { awsManagedPoliciesLoaded, setAwsManagedPolicies, type AwsManagedTable } from '../../engine/index'
import tableUrl from './aws-managed-policies.json?url'

let loading: Promise<void> | undefined

async function fetchTable(): Promise<void> {
  const response = await fetch(tableUrl)
  if (!response.ok) throw new Error(`${tableUrl}: HTTP ${response.status}`)
  setAwsManagedPolicies((await response.json()) as AwsManagedTable)
}

/**
 * Resolves once this thread's engine has the AWS managed policies (the first call fetches them; a failed fetch is
 * retried by the next call). Await it before any engine call that reads a scenario.
 */
export function awsManagedReady(): Promise<void> {
  if (awsManagedPoliciesLoaded()) return Promise.resolve()
  loading ??= fetchTable().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
