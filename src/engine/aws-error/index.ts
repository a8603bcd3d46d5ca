// "Paste an error": AWS's access denied messages and CloudTrail events read back into requests, and compared.
export { parseAwsError, AWS_ERROR_MAX_TEXT } from './parse'
export { compareWithAws, type AwsComparison } from './compare'
export type * from './types'
