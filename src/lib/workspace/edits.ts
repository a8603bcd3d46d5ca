// Every change a person can make to a scenario, as pure functions `(scenario, args) => EditResult`.
// None mutates its input: an edit returns a new scenario that shares the parts it did not change, so the
// previous one can stay on the undo stack (history.ts) as it is.
export type { EditResult, IdentityKind, Refusal } from './edits-core'
export {
  addUserToGroup,
  createGroup,
  createUser,
  deleteGroup,
  deleteUser,
  removeUserFromGroup,
  renameGroup,
  renameUser,
  setUserTags,
} from './edits-identities'
export {
  createRole,
  defaultTrustPolicy,
  deleteRole,
  renameRole,
  ROLE_SESSION_LIMITS,
  setRoleDescription,
  setRoleMaxSessionDuration,
  setRoleTags,
  setTrustPolicy,
} from './edits-roles'
export {
  createPolicy,
  createPolicyVersion,
  deletePolicy,
  deletePolicyVersion,
  renamePolicy,
  setDefaultPolicyVersion,
  setPolicyVersionDocument,
} from './edits-policies'
export {
  attachPolicy,
  deleteInlinePolicy,
  detachPolicy,
  putInlinePolicy,
  removePermissionsBoundary,
  renameInlinePolicy,
  setPermissionsBoundary,
} from './edits-attachments'
export { policyAttachments, type PolicyTarget, resolveManagedPolicy } from './edits-policy-refs'
export {
  createResource,
  deleteResource,
  renameResource,
  resourceLabel,
  setResourcePolicy,
  setResourceTags,
} from './edits-resources'
export {
  createOrganization,
  createOrganizationalUnit,
  deleteOrganization,
  deleteOrganizationalUnit,
  FULL_AWS_ACCESS,
  moveAccount,
  organizationNode,
  RCP_FULL_AWS_ACCESS,
  renameOrganizationalUnit,
} from './edits-org'
export {
  attachOrganizationPolicy,
  createOrganizationPolicy,
  deleteOrganizationPolicy,
  detachOrganizationPolicy,
  renameOrganizationPolicy,
  setOrganizationPolicyDocument,
} from './edits-org-policies'
export {
  addRequest,
  addSession,
  removeRequest,
  removeSession,
  SESSION_LIMITS,
  setEnvironment,
  setRequestExpect,
  updateRequest,
} from './edits-requests'
