// The "core" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as about from '../messages/about'
import * as engineExclusions from '../messages/engine-exclusions'
import * as engineRequest from '../messages/engine-request'
import * as engineSources from '../messages/engine-sources'
import * as engineSts from '../messages/engine-sts'
import * as engineTrace from '../messages/engine-trace'
import * as flow from '../messages/flow'
import * as gallery from '../messages/gallery'
import * as impact from '../messages/impact'
import * as pasteError from '../messages/paste-error'
import * as request from '../messages/request'
import * as requestChecks from '../messages/request-checks'
import * as result from '../messages/result'
import * as session from '../messages/session'
import * as share from '../messages/share'
import * as shell from '../messages/shell'
import * as views from '../messages/views'
import * as workspace from '../messages/workspace'

export const messages = {
  ...shell.en,
  ...workspace.en,
  ...gallery.en,
  ...share.en,
  ...request.en,
  ...requestChecks.en,
  ...result.en,
  ...session.en,
  ...engineTrace.en,
  ...engineSources.en,
  ...engineExclusions.en,
  ...engineRequest.en,
  ...engineSts.en,
  ...views.en,
  ...flow.en,
  ...impact.en,
  ...about.en,
  ...pasteError.en,
} as const
