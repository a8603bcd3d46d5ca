// What a resource runs as: the role whose permissions the code or instance of a resource has.
import { parseArn } from '../match/arn'
import { accountOf } from './arns'
import { findRole } from './lookup'
import type { Resource, Role, Scenario } from './model'

/** A kind of resource that runs as a role named by its `executionRole`: the service and how its ARNs start. */
export interface RoleResourceKind {
  /** The ARN's service (`lambda`). */
  service: string
  /** How the ARN's resource part starts (`function:`). */
  prefix: string
}

/*
 * The resources that name the role they run as in `executionRole`: a Lambda function's execution role, a Glue
 * development endpoint's role, a CloudFormation stack's service role, a SageMaker notebook instance's execution
 * role and a CodeBuild project's service role. (An EC2 instance runs as the role of its `instanceProfile`.)
 */
export const LAMBDA_FUNCTION: RoleResourceKind = { service: 'lambda', prefix: 'function:' }
export const GLUE_DEV_ENDPOINT: RoleResourceKind = { service: 'glue', prefix: 'devEndpoint/' }
export const CLOUDFORMATION_STACK: RoleResourceKind = { service: 'cloudformation', prefix: 'stack/' }
export const SAGEMAKER_NOTEBOOK: RoleResourceKind = { service: 'sagemaker', prefix: 'notebook-instance/' }
export const CODEBUILD_PROJECT: RoleResourceKind = { service: 'codebuild', prefix: 'project/' }

/** The kinds of resource whose `executionRole` names the role they run as. */
export const ROLE_RESOURCE_KINDS: readonly RoleResourceKind[] = [
  LAMBDA_FUNCTION,
  GLUE_DEV_ENDPOINT,
  CLOUDFORMATION_STACK,
  SAGEMAKER_NOTEBOOK,
  CODEBUILD_PROJECT,
]

/** An EC2 instance, which runs as the role of its instance profile. */
export const EC2_INSTANCE: RoleResourceKind = { service: 'ec2', prefix: 'instance/' }

/** Whether `arn` is the ARN of a resource of `kind`. */
export function isOfKind(arn: string, kind: RoleResourceKind): boolean {
  const parsed = parseArn(arn)
  return parsed !== undefined && parsed.service === kind.service && parsed.resource.startsWith(kind.prefix)
}

/** Whether a resource of this ARN may name an `executionRole` (see {@link ROLE_RESOURCE_KINDS}). */
export function mayHaveExecutionRole(arn: string): boolean {
  return ROLE_RESOURCE_KINDS.some((kind) => isOfKind(arn, kind))
}

/** The account that owns a resource: its `account`, else the ARN's, else the scenario's first account. */
export function resourceAccount(scenario: Scenario, resource: Resource): string {
  const fromArn = parseArn(resource.arn)?.account
  return resource.account ?? (fromArn && /^\d{12}$/.test(fromArn) ? fromArn : (scenario.accounts[0]?.id ?? ''))
}

/**
 * The role a resource runs as: the role its `executionRole` names (by ARN, or by name in the resource's account),
 * or the role in its `instanceProfile` (an instance profile holds the role of the same name when no role lists it,
 * as the console names them alike). Undefined when it names none, or a role the scenario does not have.
 */
export function runsAs(scenario: Scenario, resource: Resource): Role | undefined {
  const account = resourceAccount(scenario, resource)
  if (resource.executionRole !== undefined) {
    const ref = resource.executionRole
    return findRole(scenario, ref, ref.startsWith('arn:') ? undefined : account)
  }
  const profile = resource.instanceProfile
  if (profile === undefined) return undefined
  const name = profile.slice(profile.lastIndexOf('/') + 1)
  const roles = scenario.roles ?? []
  return (
    roles.find(
      (r) => accountOf(scenario, r) === account && r.instanceProfiles?.some((p) => p === profile || p === name),
    ) ?? findRole(scenario, name, account)
  )
}
