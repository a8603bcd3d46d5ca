// Every privilege-escalation technique the audit knows, one row each; each technique is one file of this folder.
//
// The order is the order of a finding's details. Adjacent techniques on the same kind of target are tried target
// by target, so the ways through one user or one role are listed together; a technique's `unless` names the ones
// before it in such a run that it is an alternative to (updating a role's trust policy is pointless when the actor
// can assume the role as it is, so `updateAssumeRolePolicy` follows `assumeRole`). Chains of steps through the
// users and roles an actor can act as are built from these per-actor results, not rows of their own (./chains.ts).
// To add a technique: write its file (see ./technique.ts for what it declares, and ./grant.ts, ./attachable.ts,
// ./held-policies.ts, ./pass-role.ts, ./existing-resource.ts for shared steps), add its row here, and add its
// detail line to the message catalogs (`findings.detail.<id>`: src/engine/messages/findings.en.ts,
// src/lib/i18n/messages/findings.ko.ts; a technique on an existing resource also `findings.detail.<id>.possible`,
// for when the scenario lists none).
import { addToGroup } from './add-to-group'
import { assumeRole } from './assume-role'
import { createAccessKey } from './create-access-key'
import { grantGroup } from './grant-group'
import { grantRole } from './grant-role'
import { grantSelf } from './grant-self'
import { grantUser } from './grant-user'
import { loginProfile } from './login-profile'
import { instanceConnect } from './instance-connect'
import { passRoleCloudFormation } from './pass-role-cloudformation'
import { passRoleCodeBuild } from './pass-role-codebuild'
import { passRoleDataPipeline } from './pass-role-data-pipeline'
import { passRoleEc2 } from './pass-role-ec2'
import { passRoleGlue } from './pass-role-glue'
import { passRoleLambda } from './pass-role-lambda'
import { passRoleLambdaEventSource } from './pass-role-lambda-event-source'
import { passRoleSageMakerNotebook } from './pass-role-sagemaker-notebook'
import { passRoleSageMakerProcessing } from './pass-role-sagemaker-processing'
import { passRoleSageMakerTraining } from './pass-role-sagemaker-training'
import { policyVersion } from './policy-version'
import { setDefaultPolicyVersion } from './set-default-policy-version'
import { sageMakerPresignedUrl } from './sagemaker-presigned-url'
import { ssmCommand } from './ssm-command'
import { updateDevEndpoint } from './update-dev-endpoint'
import { updateFunctionCode } from './update-function-code'
import { updateStack } from './update-stack'
import type { AnyTechnique } from './technique'
import { updateAssumeRolePolicy } from './update-assume-role-policy'

/** The escalation techniques, in the order their steps are listed. */
export const ESCALATION_TECHNIQUES: readonly AnyTechnique[] = [
  createAccessKey,
  loginProfile,
  grantSelf,
  grantUser,
  grantGroup,
  policyVersion,
  setDefaultPolicyVersion,
  addToGroup,
  grantRole,
  passRoleLambda,
  passRoleLambdaEventSource,
  passRoleEc2,
  passRoleCloudFormation,
  passRoleCodeBuild,
  passRoleDataPipeline,
  passRoleGlue,
  passRoleSageMakerNotebook,
  passRoleSageMakerTraining,
  passRoleSageMakerProcessing,
  updateFunctionCode,
  updateDevEndpoint,
  updateStack,
  sageMakerPresignedUrl,
  ssmCommand,
  instanceConnect,
  assumeRole,
  updateAssumeRolePolicy,
]
