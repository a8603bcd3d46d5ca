// "Paste an error" (the request form's button, its dialog, the comparison with the answer) and "Copy as AWS CLI".
// English is the source of truth; Korean has every key.

export const en = {
  'pasteError.button': 'Paste an error',
  'pasteError.title': 'Paste an AWS error',
  'pasteError.intro':
    'Paste what AWS printed when it refused a call — an AccessDenied message from the CLI, an SDK or the console, EC2’s UnauthorizedOperation, or a CloudTrail event — and the playground asks the same question.',
  'pasteError.label': 'AWS error message',
  'pasteError.placeholder':
    'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key because no identity-based policy allows the s3:GetObject action',
  'pasteError.fill': 'Fill in the request',
  'pasteError.cancel': 'Cancel',
  'pasteError.heading': 'AWS’s error beside the playground',
  'pasteError.agrees': 'Same answer',
  'pasteError.differs': 'Different answer',
  'pasteError.asked': 'Asked: {principal} · {action} · {resource}',
  'pasteError.sessionAdded': 'Added the session `{arn}` to the scenario, as AWS had issued it (Undo removes it).',
  'pasteError.noPrincipal':
    'The message names no caller: the principal stays `{principal}`. Decode the encoded message to learn who called.',
  'pasteError.encoded':
    'EC2 also gave an encoded authorization failure message: `aws sts decode-authorization-message --encoded-message …` shows AWS’s full reasoning.',
  'pasteError.dismiss': 'Dismiss',
  // "Copy as AWS CLI" in the answer.
  'cliCopy.button': 'Copy as AWS CLI',
  'cliCopy.heading': 'Check it in AWS with the policy simulator',
  'cliCopy.principal': '`simulate-principal-policy`: the user or role in your AWS account',
  'cliCopy.custom': '`simulate-custom-policy`: the scenario’s policy documents',
  'cliCopy.copy': 'Copy',
  'cliCopy.copied': 'Copied to the clipboard.',
  'cliCopy.copyFailed': 'The browser refused the clipboard: select the command and copy it.',
} as const
