// Every change a person can make to a scenario, as pure functions `(scenario, args) => EditResult`.
// None mutates its input: an edit returns a new scenario that shares the parts it did not change, so the
// previous one can stay on the app's undo stack (lib/workspace/history.ts) as it is. Remedies and the fixes of
// findings build on the same modules (core.ts, identities.ts, policies.ts, attachments.ts).
export { done, isRefusal, refuse } from './core'
export type { EditResult, Refusal } from './core'
export type { IdentityKind } from './identities'
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
} from './users'
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
} from './roles'
export {
  createPolicy,
  createPolicyVersion,
  deletePolicy,
  deletePolicyVersion,
  renamePolicy,
  setDefaultPolicyVersion,
  setPolicyVersionDocument,
} from './policies'
export {
  attachPolicy,
  deleteInlinePolicy,
  detachPolicy,
  putInlinePolicy,
  removePermissionsBoundary,
  renameInlinePolicy,
  setPermissionsBoundary,
} from './attachments'
export { policyAttachments, type ManagedPolicyTarget, resolveManagedPolicy } from './policy-refs'
export {
  createResource,
  deleteResource,
  renameResource,
  resourceLabel,
  setResourcePolicy,
  setResourceTags,
} from './resources'
export {
  createOrganization,
  createOrganizationalUnit,
  deleteOrganization,
  deleteOrganizationalUnit,
  moveAccount,
  moveOrganizationalUnit,
  organizationNode,
  renameOrganizationalUnit,
} from './org'
export {
  accountParent,
  addOrganizationAccount,
  removeOrganizationAccount,
  setAccountAlias,
  setManagementAccount,
} from './org-accounts'
export {
  attachOrganizationPolicy,
  createOrganizationPolicy,
  deleteOrganizationPolicy,
  detachOrganizationPolicy,
  renameOrganizationPolicy,
  setOrganizationPolicyDocument,
} from './org-policies'
export {
  addRequest,
  addSession,
  removeRequest,
  removeSession,
  SESSION_LIMITS,
  setEnvironment,
  setRequestExpect,
  updateRequest,
} from './requests'
export {
  addMfaDevice,
  createAccessKey,
  type CredentialOwner,
  deleteAccessKey,
  deletePasswordPolicy,
  moveClock,
  removeMfaDevice,
  removePassword,
  resetClock,
  setAccessKeyStatus,
  setClock,
  setPassword,
  setPasswordPolicy,
  setPasswordResetRequired,
} from './credentials'
export { clearActivity } from './activity'
export {
  createIdentityProvider,
  deleteIdentityProvider,
  providerAccount,
  providerLabel,
  updateIdentityProvider,
} from './providers'
