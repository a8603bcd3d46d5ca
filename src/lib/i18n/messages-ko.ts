// The Korean catalog, assembled from the feature catalogs' Korean halves in ./messages/*.ko.ts. A separate chunk of
// the build: only a page in Korean loads it (see loadCatalog in ./messages.ts).

import * as about from './messages/about.ko'
import * as account from './messages/account.ko'
import * as activity from './messages/activity.ko'
import * as credentials from './messages/credentials.ko'
import * as editor from './messages/editor.ko'
import * as engineDiagnostics from './messages/engine-diagnostics.ko'
import * as engineEdits from './messages/engine-edits.ko'
import * as engineExclusions from './messages/engine-exclusions.ko'
import * as engineImport from './messages/engine-import.ko'
import * as engineImportIac from './messages/engine-import-iac.ko'
import * as engineLesson from './messages/engine-lesson.ko'
import * as engineAwsError from './messages/engine-aws-error.ko'
import * as engineAwsCli from './messages/engine-aws-cli.ko'
import * as engineRemedy from './messages/engine-remedy.ko'
import * as engineRequest from './messages/engine-request.ko'
import * as engineSources from './messages/engine-sources.ko'
import * as engineSts from './messages/engine-sts.ko'
import * as engineScenario from './messages/engine-scenario.ko'
import * as engineTrace from './messages/engine-trace.ko'
import * as federation from './messages/federation.ko'
import * as findings from './messages/findings.ko'
import * as flow from './messages/flow.ko'
import * as gallery from './messages/gallery.ko'
import * as graph from './messages/graph.ko'
import * as impact from './messages/impact.ko'
import * as lesson from './messages/lesson.ko'
import * as pasteError from './messages/paste-error.ko'
import * as matrix from './messages/matrix.ko'
import * as matrixColumns from './messages/matrix-columns.ko'
import * as organization from './messages/organization.ko'
import * as remedy from './messages/remedy.ko'
import * as request from './messages/request.ko'
import * as requestChecks from './messages/request-checks.ko'
import * as result from './messages/result.ko'
import * as session from './messages/session.ko'
import * as share from './messages/share.ko'
import * as shell from './messages/shell.ko'
import * as views from './messages/views.ko'
import * as whatIf from './messages/what-if.ko'
import * as workspace from './messages/workspace.ko'
import * as iacExport from './messages/iac-export.ko'
import type { Catalog } from './messages'

/** The Korean catalog: every key (a missing one is a type error). */
export const ko: Catalog = {
  ...shell.ko,
  ...workspace.ko,
  ...iacExport.ko,
  ...gallery.ko,
  ...share.ko,
  ...account.ko,
  ...organization.ko,
  ...editor.ko,
  ...engineDiagnostics.ko,
  ...engineEdits.ko,
  ...request.ko,
  ...requestChecks.ko,
  ...result.ko,
  ...session.ko,
  ...engineTrace.ko,
  ...engineSources.ko,
  ...engineExclusions.ko,
  ...engineRemedy.ko,
  ...engineRequest.ko,
  ...engineSts.ko,
  ...engineScenario.ko,
  ...engineImport.ko,
  ...engineImportIac.ko,
  ...engineLesson.ko,
  ...views.ko,
  ...graph.ko,
  ...flow.ko,
  ...matrix.ko,
  ...impact.ko,
  ...matrixColumns.ko,
  ...remedy.ko,
  ...whatIf.ko,
  ...credentials.ko,
  ...activity.ko,
  ...federation.ko,
  ...findings.ko,
  ...lesson.ko,
  ...about.ko,
  ...pasteError.ko,
  ...engineAwsError.ko,
  ...engineAwsCli.ko,
}
