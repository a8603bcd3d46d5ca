// The English of the request form's checks (src/engine/validate/request.ts): input that cannot be asked, and names or
// resources the AWS catalog says are not what the request meant. Unknown actions reuse the editor's `diag.*` texts.

export const REQUEST_EN = {
  'check.principal-not-arn':
    '`{value}` is not a principal: write an ARN (`arn:aws:iam::111122223333:user/NAME`), `user/NAME`, `role/NAME`, `assumed-role/ROLE/SESSION`, `root`, an account ID, a service principal (`ec2.amazonaws.com`) or `anonymous`',
  'check.principal-not-arn-fix':
    '`{value}` is not a principal ARN or a short form such as `user/NAME`: did you mean `{fix}`?',
  'check.action-not-name': '`{value}` is not an action: write `service:Action`, e.g. `s3:GetObject`',
  'check.action-pattern': '`{value}` is a pattern: a request asks about one action, e.g. `s3:GetObject`',
  'check.resource-not-arn':
    '`{value}` is not an ARN: write `arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE`, or `*` for an action that acts on no resource',
  'check.context-too-long': 'the key or a value of `{key}` is longer than {max} characters',
  'check.environment-too-long': 'longer than {max} characters',
  'check.source-ip': '`{value}` is not an IP address: write e.g. `203.0.113.7` or `2001:db8::1`',
  'check.resource-none-needed': '`{action}` acts on no resource type: AWS asks it on `*`, not on `{resource}`',
  'check.resource-star':
    '`{action}` acts on {types}; asked on `*`, only statements whose `Resource` matches any text apply',
  'check.resource-type-mismatch': '`{action}` acts on {types}; `{resource}` is a resource of type `{type}` ({service})',
  'check.resource-type-unknown': '`{action}` acts on {types}; `{resource}` is none of these',
} as const satisfies Record<string, string>
