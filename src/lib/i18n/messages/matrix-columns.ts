// The access matrix's column resources: which resource each action column asked about, and why.

export const en = {
  'matrixColumn.chosen': 'asked on {resource}, the resource chosen',
  'matrixColumn.account': 'asked on {resource}: the chosen resource is not of a type this action acts on',
  'matrixColumn.noTypes': 'asked on *: this action acts on no resource type',
  'matrixColumn.noFit': 'asked on {resource}: the account has no resource of a type this action acts on',
  'matrixColumn.unchecked': 'asked on {resource}: the AWS catalog does not list this action',
  'matrixColumn.list': 'Resource of each column',
} as const
