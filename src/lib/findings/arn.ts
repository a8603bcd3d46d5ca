// The IAM entity an ARN names, so a path's steps read as "User alice", not as ARNs (pure: the worker uses it too).
import { parseArn, type FindingEntity } from '../../engine/index'

const IAM_ENTITY = /^(user|group|role|policy)\/(?:.*\/)?([^/]+)$/
const SESSION = /^assumed-role\/([^/]+)\/[^/]+$/

/**
 * The user, group, role or managed policy an IAM ARN names (a role session's ARN names its role; an AWS managed
 * policy has no account); undefined for any other ARN or text.
 */
export function arnEntity(arn: string): FindingEntity | undefined {
  const parsed = parseArn(arn)
  if (!parsed) return undefined
  const { service, account, resource } = parsed
  if (service === 'sts') {
    const role = SESSION.exec(resource)?.[1]
    return role ? { kind: 'role', name: role, account } : undefined
  }
  const found = service === 'iam' ? IAM_ENTITY.exec(resource) : null
  if (!found) return undefined
  const kind = found[1] as 'user' | 'group' | 'role' | 'policy'
  return { kind, name: found[2]!, ...(account && account !== 'aws' && { account }) }
}
