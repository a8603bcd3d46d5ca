// What the JSON reader, the policy parser and the validator say about a policy, in English: each diagnostic's message
// (`diag.CODE[.VARIANT]`), its help line (`diag.help.NAME`) and the titles of the quick fixes (`diag.fix.NAME`).
// Messages start lower-case; AWS names and values are in backticks. No imports: the table is plain data.

/** The English templates of diagnostics, help lines and quick fixes. */
export const DIAGNOSTICS_EN = {
  // --- JSON (json/tree.ts) ---
  'diag.too-large': 'the policy text is {length} characters; the limit is {limit}',
  'diag.too-deep': 'the JSON is nested more than {depth} levels deep',
  'diag.too-deep.at': 'the JSON is nested more than {depth} levels deep (line {line}, column {column})',
  'diag.json-empty': 'the policy is empty',
  'diag.json-syntax': 'JSON syntax error at line {line}, column {column}: {error}',
  'diag.json-syntax.InvalidSymbol': 'JSON syntax error at line {line}, column {column}: invalid symbol',
  'diag.json-syntax.InvalidNumberFormat': 'JSON syntax error at line {line}, column {column}: invalid number format',
  'diag.json-syntax.PropertyNameExpected': 'JSON syntax error at line {line}, column {column}: property name expected',
  'diag.json-syntax.ValueExpected': 'JSON syntax error at line {line}, column {column}: value expected',
  'diag.json-syntax.ColonExpected': 'JSON syntax error at line {line}, column {column}: colon expected',
  'diag.json-syntax.CommaExpected': 'JSON syntax error at line {line}, column {column}: comma expected',
  'diag.json-syntax.CloseBraceExpected': 'JSON syntax error at line {line}, column {column}: close brace expected',
  'diag.json-syntax.CloseBracketExpected': 'JSON syntax error at line {line}, column {column}: close bracket expected',
  'diag.json-syntax.EndOfFileExpected': 'JSON syntax error at line {line}, column {column}: end of file expected',
  'diag.json-syntax.InvalidCommentToken': 'JSON syntax error at line {line}, column {column}: invalid comment token',
  'diag.json-syntax.UnexpectedEndOfComment':
    'JSON syntax error at line {line}, column {column}: unexpected end of comment',
  'diag.json-syntax.UnexpectedEndOfString':
    'JSON syntax error at line {line}, column {column}: unexpected end of string',
  'diag.json-syntax.UnexpectedEndOfNumber':
    'JSON syntax error at line {line}, column {column}: unexpected end of number',
  'diag.json-syntax.InvalidUnicode': 'JSON syntax error at line {line}, column {column}: invalid unicode',
  'diag.json-syntax.InvalidEscapeCharacter':
    'JSON syntax error at line {line}, column {column}: invalid escape character',
  'diag.json-syntax.InvalidCharacter': 'JSON syntax error at line {line}, column {column}: invalid character',
  'diag.help.too-deep': 'a policy is at most a few levels deep; remove the extra brackets',
  'diag.help.json-empty': 'start with `{ "Version": "2012-10-17", "Statement": [] }`',
  'diag.help.json': 'fix the JSON syntax',
  'diag.help.json.CommaExpected': 'separate members and array items with `,`',
  'diag.help.json.ColonExpected': 'write `"key": value`',
  'diag.help.json.PropertyNameExpected': 'property names are double-quoted strings; remove a trailing comma',
  'diag.help.json.ValueExpected': 'a value is missing here (a trailing comma, or an empty slot)',
  'diag.help.json.CloseBraceExpected': 'an object is not closed with `}`',
  'diag.help.json.CloseBracketExpected': 'an array is not closed with `]`',
  'diag.help.json.InvalidSymbol': 'JSON strings use double quotes; comments are not allowed in policies',
  'diag.help.json.InvalidCommentToken': 'comments are not allowed in policies',
  'diag.help.json.EndOfFileExpected': 'there is text after the end of the policy',

  // --- Policy grammar (policy/parse.ts) ---
  'diag.not-json.cycle': 'the policy is not JSON: it holds a cycle',
  'diag.not-json.deep': 'the policy is not JSON: it holds values nested more than {depth} levels deep',
  'diag.not-json.number': 'the policy is not JSON: it holds a number that JSON cannot hold',
  'diag.not-json.type': 'the policy is not JSON: it holds a {type}, which JSON cannot hold',
  'diag.policy-not-object': 'a policy must be a JSON object',
  'diag.help.policy-not-object': 'start the policy with `{`',
  'diag.unknown-element.policy': 'unknown policy element `{element}`',
  'diag.unknown-element.statement': 'unknown statement element `{element}`',
  'diag.help.element-case': 'element names are case-sensitive: write `{value}`',
  'diag.help.policy-elements': 'a policy has `Version`, `Id` and `Statement`',
  'diag.help.statement-elements': 'a statement has {elements}',
  'diag.invalid-version': 'invalid `Version` {value}',
  'diag.help.invalid-version': '`Version` must be `2012-10-17` (current) or `2008-10-17`',
  'diag.invalid-id': '`Id` must be a string',
  'diag.missing-statement': 'the policy has no `Statement`',
  'diag.help.missing-statement': 'add `"Statement": [ ... ]`',
  'diag.empty-statement': '`Statement` is empty',
  'diag.help.empty-statement': 'add at least one statement',
  'diag.too-many-statements': 'the policy has {count} statements; the engine accepts at most {limit}',
  'diag.statement-not-object': '`Statement` must be an object or an array of objects',
  'diag.statement-not-object.item': 'statement {index} is not an object',
  'diag.duplicate-key': '`{key}` appears twice in the same object',
  'diag.help.duplicate-key': 'AWS rejects duplicate keys; merge the values into one',
  'diag.invalid-sid': '`Sid` must be a string',
  'diag.missing-effect': 'the statement has no `Effect`',
  'diag.help.missing-effect': 'add `"Effect": "Allow"` or `"Effect": "Deny"`',
  'diag.invalid-effect': 'invalid effect {value}',
  'diag.help.invalid-effect': '`Effect` must be `Allow` or `Deny` (case-sensitive)',
  'diag.principal-and-notprincipal': 'a statement cannot have both `Principal` and `NotPrincipal`',
  'diag.principal-not-allowed.identity': 'an identity-based policy cannot have `{element}`',
  'diag.principal-not-allowed.boundary': 'a permissions boundary cannot have `{element}`',
  'diag.principal-not-allowed.session': 'a session policy cannot have `{element}`',
  'diag.principal-not-allowed.scp': 'a service control policy cannot have `{element}`',
  'diag.help.principal-not-allowed.identity':
    'the principal of an identity-based policy is whoever it is attached to; remove `{element}`',
  'diag.help.principal-not-allowed.boundary':
    'the principal of a permissions boundary is whoever it is attached to; remove `{element}`',
  'diag.help.principal-not-allowed.session':
    'the principal of a session policy is whoever it is attached to; remove `{element}`',
  'diag.help.principal-not-allowed.scp':
    'the principal of a service control policy is whoever it is attached to; remove `{element}`',
  'diag.missing-principal.resource': 'a statement in a resource-based policy must have `Principal`',
  'diag.missing-principal.trust': 'a statement in a role trust policy must have `Principal`',
  'diag.missing-principal.rcp': 'a statement in a resource control policy must have `Principal`',
  'diag.help.missing-principal': 'add `"Principal": { "AWS": "arn:aws:iam::111122223333:root" }`',
  'diag.action-and-notaction': 'a statement cannot have both `Action` and `NotAction`',
  'diag.help.action-and-notaction': 'keep either `Action` or `NotAction`',
  'diag.resource-and-notresource': 'a statement cannot have both `Resource` and `NotResource`',
  'diag.help.resource-and-notresource': 'keep either `Resource` or `NotResource`',
  'diag.missing-action': 'the statement has no `Action` or `NotAction`',
  'diag.missing-action.identity': 'the statement has no `Action` or `NotAction` in an identity-based policy',
  'diag.missing-action.resource': 'the statement has no `Action` or `NotAction` in a resource-based policy',
  'diag.missing-action.trust': 'the statement has no `Action` or `NotAction` in a role trust policy',
  'diag.missing-action.boundary': 'the statement has no `Action` or `NotAction` in a permissions boundary',
  'diag.missing-action.session': 'the statement has no `Action` or `NotAction` in a session policy',
  'diag.missing-action.scp': 'the statement has no `Action` or `NotAction` in a service control policy',
  'diag.missing-action.rcp': 'the statement has no `Action` or `NotAction` in a resource control policy',
  'diag.help.missing-action': 'add `"Action": ...`',
  'diag.missing-resource.identity': 'the statement has no `Resource` or `NotResource` in an identity-based policy',
  'diag.missing-resource.resource': 'the statement has no `Resource` or `NotResource` in a resource-based policy',
  'diag.missing-resource.boundary': 'the statement has no `Resource` or `NotResource` in a permissions boundary',
  'diag.missing-resource.session': 'the statement has no `Resource` or `NotResource` in a session policy',
  'diag.missing-resource.scp': 'the statement has no `Resource` or `NotResource` in a service control policy',
  'diag.missing-resource.rcp': 'the statement has no `Resource` or `NotResource` in a resource control policy',
  'diag.help.missing-resource': 'add `"Resource": ...`',
  'diag.empty-value.list': '`{element}` is an empty list',
  'diag.help.empty-value.list': 'give at least one value or remove the element',
  'diag.empty-value.string': '`{element}` has an empty string',
  'diag.empty-value.object': '`{element}` is an empty object',
  'diag.empty-value.operator': '`{operator}` has no condition keys',
  'diag.empty-value.condition-key': 'condition key `{key}` has an empty list of values',
  'diag.too-many-values': '`{element}` has {count} values; the engine accepts at most {limit}',
  'diag.wrong-type.object': '`{element}` values must be strings, not an object',
  'diag.wrong-type.array': '`{element}` values must be strings, not an array',
  'diag.wrong-type.value': '`{element}` values must be strings, not {type} {value}',
  'diag.wrong-type.condition.null': 'condition values must be strings, numbers or booleans, not null',
  'diag.wrong-type.condition.object': 'condition values must be strings, numbers or booleans, not an object',
  'diag.wrong-type.condition.array': 'condition values must be strings, numbers or booleans, not an array',
  'diag.value-too-long': 'a `{element}` value is {length} characters long',
  'diag.invalid-action.prefix': 'action `{value}` has no service prefix',
  'diag.help.invalid-action.prefix': 'write actions as `service:Action`, e.g. `s3:GetObject`',
  'diag.invalid-action.shape': 'action `{value}` is not of the form `service:Action`',
  'diag.help.invalid-action.shape':
    'an action is a service prefix, a colon and an action name; only `*` and `?` may be wildcards',
  'diag.malformed-arn.not-arn': 'resource `{value}` is not an ARN',
  'diag.help.malformed-arn.not-arn': 'a resource is `*` or an ARN such as `arn:aws:s3:::bucket/*`',
  'diag.malformed-arn.parts': 'resource `{value}` has {count} of the 6 ARN parts',
  'diag.help.malformed-arn.parts': 'an ARN is `arn:partition:service:region:account:resource`',
  'diag.invalid-principal.string': '`{element}` must be `"*"` or an object such as `{"AWS": ...}`',
  'diag.help.invalid-principal.string': 'write `{"AWS": {value}}`',
  'diag.invalid-principal.shape': '`{element}` must be `"*"` or an object',
  'diag.invalid-principal.type': 'unknown principal type `{type}`',
  'diag.help.invalid-principal.type': 'use `AWS`, `Service`, `Federated` or `CanonicalUser`',
  'diag.invalid-principal.aws': 'invalid AWS principal `{value}`',
  'diag.help.invalid-principal.aws':
    'name an account ID, `arn:aws:iam::ACCOUNT:root`, a user, role or assumed-role session ARN, or `*`',
  'diag.invalid-principal.wildcard': 'wildcards are not allowed in principal ARNs: `{value}`',
  'diag.help.invalid-principal.wildcard': 'use `"*"` with a condition on `aws:PrincipalArn` instead',
  'diag.invalid-condition': '`Condition` must be an object of operators',
  'diag.help.invalid-condition': 'write `"Condition": { "StringEquals": { "aws:SourceVpc": "vpc-1" } }`',
  'diag.invalid-condition.operator': '`{operator}` must map condition keys to values',
  'diag.unknown-condition-operator': 'unknown condition operator `{operator}`',
  'diag.help.unknown-condition-operator':
    'see the IAM condition operators, e.g. `StringEquals`, `ArnLike`, `IpAddress`, `Bool`',
  'diag.duplicate-sid': 'duplicate `Sid` `{sid}`',
  'diag.help.duplicate-sid': 'each statement needs its own `Sid`',

  // --- General checks (validate/general.ts) ---
  'diag.missing-version': 'the policy has no `Version`',
  'diag.help.missing-version':
    'add `"Version": "2012-10-17"`; without it AWS uses `2008-10-17`, where policy variables are literal text',
  'diag.variable-needs-version.old': '`{variable}` is literal text because `Version` is `{version}`',
  'diag.variable-needs-version.none': '`{variable}` is literal text because the policy has no `Version`',
  'diag.help.variable-needs-version': 'policy variables are substituted only with `"Version": "2012-10-17"`',
  'diag.action-with-separator.comma.action':
    '`{value}` holds a comma: AWS reads it as one action name, which matches no action',
  'diag.action-with-separator.space.action':
    '`{value}` holds whitespace: AWS reads it as one action name, which matches no action',
  'diag.action-with-separator.both.action':
    '`{value}` holds a comma and whitespace: AWS reads it as one action name, which matches no action',
  'diag.action-with-separator.comma.notAction':
    '`{value}` holds a comma: AWS reads it as one action name, which excludes no action',
  'diag.action-with-separator.space.notAction':
    '`{value}` holds whitespace: AWS reads it as one action name, which excludes no action',
  'diag.action-with-separator.both.notAction':
    '`{value}` holds a comma and whitespace: AWS reads it as one action name, which excludes no action',
  'diag.help.action-list': 'list each action as its own string: {actions}',
  'diag.wildcard-service-prefix': 'wildcard in the service prefix of `{value}`',
  'diag.help.wildcard-service-prefix':
    'name the service exactly: a wildcard there may match other services with similar prefixes',
  'diag.redundant.twice': '`{value}` is listed twice in `{element}`',
  'diag.redundant.covered': '`{value}` is redundant: `{other}` already covers it',
  'diag.help.remove': 'remove `{value}`',

  // --- Size quotas (validate/quotas.ts); counts come formatted ---
  'diag.policy-too-large.managed': 'the policy has {count} characters; a managed policy may have at most {limit}',
  'diag.policy-too-large.user-inline':
    "the policy has {count} characters; a user's inline policies may have at most {limit}",
  'diag.policy-too-large.group-inline':
    "the policy has {count} characters; a group's inline policies may have at most {limit}",
  'diag.policy-too-large.role-inline':
    "the policy has {count} characters; a role's inline policies may have at most {limit}",
  'diag.policy-too-large.trust': 'the policy has {count} characters; a role trust policy may have at most {limit}',
  'diag.policy-too-large.session': 'the policy has {count} characters; a session policy may have at most {limit}',
  'diag.help.policy-too-large':
    'white space does not count; split the policy, or merge statements and use wildcards where that is safe',
  'diag.policy-too-large.minified.scp':
    'the policy has {count} characters without white space; a service control policy may have at most {limit}',
  'diag.policy-too-large.minified.rcp':
    'the policy has {count} characters without white space; a resource control policy may have at most {limit}',
  'diag.help.policy-too-large.minified': 'split the policy, or merge statements and use wildcards where that is safe',
  'diag.policy-too-large-unless-minified.scp':
    'the policy has {count} characters as written; a service control policy may have at most {limit}',
  'diag.policy-too-large-unless-minified.rcp':
    'the policy has {count} characters as written; a resource control policy may have at most {limit}',
  'diag.help.policy-too-large-unless-minified':
    'the console removes white space between elements ({minified} characters then), but the API and CLI save the text as given: minify it before saving',

  // --- Security checks (validate/security.ts) ---
  'diag.allow-all-actions-all-resources': 'the statement allows every action on every resource',
  'diag.help.allow-all-actions-all-resources':
    'grant only the actions and resources needed; full administrator access deserves its own, deliberate policy',
  'diag.pass-role-all-resources': '`iam:PassRole` on `Resource` `*` lets the caller pass any role',
  'diag.pass-role-all-resources.wildcard':
    '`{action}` (which includes `iam:PassRole`) on `Resource` `*` lets the caller pass any role',
  'diag.help.pass-role-all-resources':
    'name the roles that may be passed (`arn:aws:iam::ACCOUNT:role/NAME`) and restrict `iam:PassedToService`',
  'diag.allow-with-not-action':
    '`Allow` with `NotAction` grants every action not listed, including actions AWS adds later',
  'diag.help.allow-with-not-action':
    'list what is allowed with `Action` instead, or use `NotAction` in a `Deny` statement',
  'diag.allow-with-not-resource':
    '`Allow` with `NotResource` grants every resource not listed, including resources created later',
  'diag.help.allow-with-not-resource':
    'list what is allowed with `Resource` instead, or use `NotResource` in a `Deny` statement',
  'diag.allow-with-not-principal': '`Allow` with `NotPrincipal` grants everyone not listed, including anonymous users',
  'diag.help.allow-with-not-principal': 'name the principals that are allowed with `Principal` instead',
  'diag.public-principal.trust': '`Principal` `*` without a condition: anyone can assume this role',
  'diag.public-principal':
    '`Principal` `*` without a condition: the statement grants access to everyone, including anonymous users',
  'diag.help.public-principal':
    'name the principals, or add a condition such as `aws:PrincipalOrgID`, `aws:SourceAccount` or `aws:SourceArn`',
  'diag.trust-account-without-external-id':
    'every principal in account `{account}` that is allowed `sts:AssumeRole` can assume this role',
  'diag.help.trust-account-without-external-id':
    'for a third party, require `sts:ExternalId` in a condition; for your own account, name the roles or users (or test `aws:PrincipalArn`)',

  // --- Set operators (validate/set-operators.ts) ---
  'diag.set-operator-on-single-valued-key': '`{set}` used with single-valued key `{key}`',
  'diag.help.set-operator-on-single-valued-key.all':
    '`ForAllValues` is also true when `{key}` is missing, so this may match more than intended; use `{operator}`',
  'diag.help.set-operator-on-single-valued-key': 'set operators are for multivalued keys; use `{operator}`',
  'diag.single-value-operator-on-multivalued-key': '`{operator}` used with multivalued key `{key}`',
  'diag.help.single-value-operator-on-multivalued-key':
    'use `ForAnyValue:{operator}` (at least one value matches) or `ForAllValues:{operator}` (every value matches)',
  'diag.for-all-values-with-allow': '`{operator}` allows requests that lack `{key}`',
  'diag.help.for-all-values-with-allow':
    '`ForAllValues` is true when the key is missing or empty; add `"Null": { "{key}": "false" }` to this statement',

  // --- Catalog checks (validate/catalog-actions.ts, validate/catalog-conditions.ts) ---
  'diag.unknown-service': 'unknown service prefix `{service}` in `{value}`',
  'diag.help.unknown-service':
    'service prefixes are listed in the Service Authorization Reference (`s3`, `ec2`, `iam`, ...)',
  'diag.help.did-you-mean': 'did you mean `{value}`?',
  'diag.help.write': 'write `{value}`',
  'diag.action-matches-nothing': '`{value}` matches no action of {service}',
  'diag.help.action-matches-nothing':
    'check the spelling; action names are listed in the Service Authorization Reference',
  'diag.unknown-action': 'unknown action `{value}`: {service} has no action `{name}`',
  'diag.help.unknown-action': 'see the actions of {service} in the Service Authorization Reference',
  'diag.action-case': '`{value}` is written `{canonical}` in the AWS reference',
  'diag.resource-service-mismatch':
    "`{resource}` is a `{service}` resource, but the statement's actions are for {services}",
  'diag.help.resource-service-mismatch':
    'the actions never match this resource; check the ARN, or move it to a statement with `{service}` actions',
  'diag.condition-key-not-applicable': 'condition key `{key}` does not apply to `{action}`',
  'diag.condition-key-not-applicable.any': 'condition key `{key}` does not apply to any action of this statement',
  'diag.help.condition-key-not-applicable':
    'AWS leaves a key out of requests for actions that do not support it, so this condition tests a missing key; check the Service Authorization Reference',
  'diag.unknown-condition-key': 'unknown condition key `{key}`',
  'diag.help.unknown-condition-key':
    "use a global key (`aws:...`) or a key of the statement's services; an unknown key is missing from every request",
  'diag.operator-type-mismatch.a': '`{operator}` compares {family} values, but `{key}` is a {type} key',
  'diag.operator-type-mismatch.an': '`{operator}` compares {family} values, but `{key}` is an {type} key',
  'diag.help.operator-type-mismatch': 'use an operator for {type} values, e.g. `{example}`',

  // --- Quick fixes (validate/quick-fixes.ts) ---
  'diag.fix.change-to': 'Change to `{value}`',
  'diag.fix.set-version': 'Set `"Version": "2012-10-17"`',
  'diag.fix.split-actions': 'Split into separate actions',
  'diag.fix.remove': 'Remove `{value}`',
} as const satisfies Record<string, string>
