import type { EvaluationInput } from '../engine/index'

/** The request the page evaluates on load: a user reading an object that an identity policy allows. */
export const sampleInput: EvaluationInput = {
  request: {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::example-bucket/report.csv',
  },
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadReports',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::example-bucket/*',
        },
      ],
    },
  ],
}
