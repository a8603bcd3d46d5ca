// What the credential rules say, in English: the rules a console password is checked against
// (`password.rule.RULE`). No imports: the table is plain data.

/** The English templates of the credential rules. */
export const CREDENTIALS_EN = {
  'password.rule.minLength': 'at least {n} characters',
  'password.rule.maxLength': 'at most {n} characters',
  'password.rule.characters': 'only Latin letters, digits, spaces and punctuation (characters up to U+00FF)',
  'password.rule.uppercase': 'at least one uppercase letter (A–Z)',
  'password.rule.lowercase': 'at least one lowercase letter (a–z)',
  'password.rule.numbers': 'at least one number (0–9)',
  'password.rule.symbols': 'at least one symbol ({symbols})',
  'password.rule.threeKinds': 'at least three of: uppercase letters, lowercase letters, numbers and symbols',
  'password.rule.reuse': 'not one of the last {n} passwords',
} as const satisfies Record<string, string>
