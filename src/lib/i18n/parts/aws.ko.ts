// The "aws" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineAwsCli from '../messages/engine-aws-cli.ko'
import * as engineAwsError from '../messages/engine-aws-error.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './aws.en'

export const messages: Messages<typeof en> = {
  ...engineAwsError.ko,
  ...engineAwsCli.ko,
}
