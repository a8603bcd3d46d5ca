// The whole Korean catalog: every part (./parts/*.ko.ts). Like ./messages-en.ts, the page never loads it whole (it
// loads the parts it shows); Node tests word messages with it.

import type { Catalog } from './messages'
import { messages as account } from './parts/account.ko'
import { messages as activity } from './parts/activity.ko'
import { messages as aws } from './parts/aws.ko'
import { messages as core } from './parts/core.ko'
import { messages as credentials } from './parts/credentials.ko'
import { messages as editor } from './parts/editor.ko'
import { messages as extras } from './parts/extras.ko'
import { messages as edits } from './parts/edits.ko'
import { messages as findings } from './parts/findings.ko'
import { messages as graph } from './parts/graph.ko'
import { messages as importing } from './parts/import.ko'
import { messages as lesson } from './parts/lesson.ko'
import { messages as matrix } from './parts/matrix.ko'
import { messages as requestTools } from './parts/requestTools.ko'
import { messages as scenario } from './parts/scenario.ko'
import { messages as workbench } from './parts/workbench.ko'

/** The Korean catalog: every key (a missing one is a type error). */
export const ko: Catalog = {
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
}
