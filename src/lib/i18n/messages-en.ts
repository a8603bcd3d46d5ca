// The whole English catalog: every part (./parts/*.en.ts, each assembled from feature catalogs in ./messages/). English
// is the source of truth for keys and placeholders. The page never loads it whole: it loads the parts it shows
// (`loadParts` in ./messages.ts); this union types the keys and lets Node tests word any message. A new feature
// catalog goes into a part (English and Korean) and its key prefixes into ./parts.ts.

import { messages as account } from './parts/account.en'
import { messages as activity } from './parts/activity.en'
import { messages as aws } from './parts/aws.en'
import { messages as core } from './parts/core.en'
import { messages as credentials } from './parts/credentials.en'
import { messages as editor } from './parts/editor.en'
import { messages as extras } from './parts/extras.en'
import { messages as edits } from './parts/edits.en'
import { messages as findings } from './parts/findings.en'
import { messages as graph } from './parts/graph.en'
import { messages as importing } from './parts/import.en'
import { messages as lesson } from './parts/lesson.en'
import { messages as matrix } from './parts/matrix.en'
import { messages as requestTools } from './parts/requestTools.en'
import { messages as scenario } from './parts/scenario.en'
import { messages as workbench } from './parts/workbench.en'

/** The English catalog: the source of truth for keys and placeholders (`{name}`). */
export const en = {
  ...core,
  ...extras,
  ...editor,
  ...edits,
  ...scenario,
  ...account,
  ...graph,
  ...matrix,
  ...credentials,
  ...activity,
  ...findings,
  ...lesson,
  ...importing,
  ...aws,
  ...workbench,
  ...requestTools,
} as const
