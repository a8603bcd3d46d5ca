// The account pane's forms load the first time they are shown: a first visit selects nothing and opens no form.
import { LazyPart } from '../../lib/shell/lazy.svelte'

/** The selected entity's editor: its forms, credentials, findings and exports, and the scenario edits they make. */
export const entityDetails = new LazyPart(
  () => import('../shell/playground-later').then((m) => ({ default: m.EntityDetails })),
  ['credentials', 'findings', 'import', 'edits'],
)

/** The form adding or editing an identity provider. */
export const providerForm = new LazyPart(() =>
  import('../shell/playground-later').then((m) => ({ default: m.ProviderForm })),
)
