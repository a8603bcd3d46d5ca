// The IAM and Organizations quotas and tag rules the playground holds a scenario to, in one place for the editor's
// edits, the import, the remedies and the scenario checks.
// IAM: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
// Organizations: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html

/** The most versions a managed policy keeps (IAM User Guide, "Versioning IAM policies"). */
export const MAX_POLICY_VERSIONS = 5

/** The most groups one user may be in. */
export const MAX_GROUPS_PER_USER = 10

/** The most managed policies one user, group or role may have attached (the raised quota; AWS's default is 10). */
export const MAX_ATTACHED_POLICIES = 20

/** The most tags an IAM user, role or resource can have. */
export const MAX_TAGS = 50

/** The characters a tag key or value may hold (IAM User Guide, "Tagging rules"). */
export const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

/** How many OU levels may sit below the root. */
export const MAX_OU_DEPTH = 5

/** The most OUs an organization may have (AWS Organizations quotas, "Number of OUs in an organization"). */
export const MAX_OUS = 2000

/** The most SCPs (or RCPs) attached to one root, OU or account. */
export const MAX_POLICIES_PER_NODE = 5
