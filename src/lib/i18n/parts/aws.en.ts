// The "aws" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineAwsCli from '../messages/engine-aws-cli'
import * as engineAwsError from '../messages/engine-aws-error'

export const messages = {
  ...engineAwsError.en,
  ...engineAwsCli.en,
} as const
