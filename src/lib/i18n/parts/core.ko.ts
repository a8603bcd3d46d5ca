// The "core" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as about from '../messages/about.ko'
import * as engineExclusions from '../messages/engine-exclusions.ko'
import * as engineRequest from '../messages/engine-request.ko'
import * as engineSources from '../messages/engine-sources.ko'
import * as engineSts from '../messages/engine-sts.ko'
import * as engineTrace from '../messages/engine-trace.ko'
import * as flow from '../messages/flow.ko'
import * as gallery from '../messages/gallery.ko'
import * as impact from '../messages/impact.ko'
import * as pasteError from '../messages/paste-error.ko'
import * as request from '../messages/request.ko'
import * as requestChecks from '../messages/request-checks.ko'
import * as result from '../messages/result.ko'
import * as session from '../messages/session.ko'
import * as share from '../messages/share.ko'
import * as shell from '../messages/shell.ko'
import * as views from '../messages/views.ko'
import * as workspace from '../messages/workspace.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './core.en'

export const messages: Messages<typeof en> = {
  ...shell.ko,
  ...workspace.ko,
  ...gallery.ko,
  ...share.ko,
  ...request.ko,
  ...requestChecks.ko,
  ...result.ko,
  ...session.ko,
  ...engineTrace.ko,
  ...engineSources.ko,
  ...engineExclusions.ko,
  ...engineRequest.ko,
  ...engineSts.ko,
  ...views.ko,
  ...flow.ko,
  ...impact.ko,
  ...about.ko,
  ...pasteError.ko,
}
