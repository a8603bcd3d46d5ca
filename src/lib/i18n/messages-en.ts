// The English catalog, assembled from the feature catalogs in ./messages/ (each feature's `en`). English is the source
// of truth for keys and placeholders; like ./messages-ko.ts, it is a chunk of its own that only a page in English
// loads (`loadCatalog` in ./messages.ts), so a page in Korean carries one language's messages, not both. A new
// feature catalog is registered here (English) and in ./messages-ko.ts (Korean).

import * as about from './messages/about'
import * as account from './messages/account'
import * as activity from './messages/activity'
import * as credentials from './messages/credentials'
import * as editor from './messages/editor'
import * as engineDiagnostics from './messages/engine-diagnostics'
import * as engineEdits from './messages/engine-edits'
import * as engineExclusions from './messages/engine-exclusions'
import * as engineImport from './messages/engine-import'
import * as engineLesson from './messages/engine-lesson'
import * as engineAwsError from './messages/engine-aws-error'
import * as engineAwsCli from './messages/engine-aws-cli'
import * as engineRemedy from './messages/engine-remedy'
import * as engineRequest from './messages/engine-request'
import * as engineSources from './messages/engine-sources'
import * as engineSts from './messages/engine-sts'
import * as engineScenario from './messages/engine-scenario'
import * as engineTrace from './messages/engine-trace'
import * as federation from './messages/federation'
import * as findings from './messages/findings'
import * as flow from './messages/flow'
import * as gallery from './messages/gallery'
import * as graph from './messages/graph'
import * as impact from './messages/impact'
import * as lesson from './messages/lesson'
import * as matrix from './messages/matrix'
import * as matrixColumns from './messages/matrix-columns'
import * as organization from './messages/organization'
import * as pasteError from './messages/paste-error'
import * as iacExport from './messages/iac-export'
import * as engineImportIac from './messages/engine-import-iac'
import * as remedy from './messages/remedy'
import * as request from './messages/request'
import * as requestChecks from './messages/request-checks'
import * as result from './messages/result'
import * as session from './messages/session'
import * as share from './messages/share'
import * as shell from './messages/shell'
import * as views from './messages/views'
import * as whatIf from './messages/what-if'
import * as workspace from './messages/workspace'

/** The English catalog: the source of truth for keys and placeholders (`{name}`). */
export const en = {
  ...shell.en,
  ...workspace.en,
  ...gallery.en,
  ...share.en,
  ...account.en,
  ...organization.en,
  ...editor.en,
  ...engineDiagnostics.en,
  ...engineEdits.en,
  ...request.en,
  ...requestChecks.en,
  ...result.en,
  ...session.en,
  ...engineTrace.en,
  ...engineSources.en,
  ...engineExclusions.en,
  ...engineRemedy.en,
  ...engineRequest.en,
  ...engineSts.en,
  ...engineScenario.en,
  ...engineImport.en,
  ...engineLesson.en,
  ...views.en,
  ...graph.en,
  ...flow.en,
  ...matrix.en,
  ...impact.en,
  ...matrixColumns.en,
  ...remedy.en,
  ...whatIf.en,
  ...credentials.en,
  ...activity.en,
  ...federation.en,
  ...findings.en,
  ...lesson.en,
  ...about.en,
  ...pasteError.en,
  ...engineAwsError.en,
  ...engineAwsCli.en,
  ...iacExport.en,
  ...engineImportIac.en,
} as const
