// The fixed words of the IAM JSON policy grammar, in one place: the parser checks against them, quick fixes correct
// their case, and the editor completes them.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html

/** The elements at the top of a policy. */
export const TOP_ELEMENTS = ['Version', 'Id', 'Statement'] as const

/** The elements a statement may have, in the order the IAM User Guide lists them. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const

/** The principal types, the keys of a `Principal` or `NotPrincipal` object. */
export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const

/** The `Version` values AWS accepts, the current one first. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const
