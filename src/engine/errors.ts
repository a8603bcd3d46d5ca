// Typed errors the engine throws: only for input that is not a policy or a request at all.

/** Thrown when `evaluate`'s input is not shaped like an evaluation input (not when a policy breaks IAM grammar). */
export class EngineInputError extends Error {
  override name = 'EngineInputError'
  /** Where in the input the problem is, as a JSON pointer (`/identityPolicies/2`). */
  readonly path: string
  constructor(message: string, path = '') {
    super(path ? `${path}: ${message}` : message)
    this.path = path
  }
}

/** Limits that keep the engine safe against pathological input. */
export const LIMITS = {
  /** Longest policy text accepted for parsing (characters). */
  maxPolicyText: 1_000_000,
  /** Deepest JSON nesting accepted. */
  maxDepth: 64,
  /** Most statements in one policy. */
  maxStatements: 5_000,
  /** Most values in one element (Action list, condition values, ...). */
  maxValues: 10_000,
  /** Longest single string (ARN, context value, pattern). */
  maxString: 100_000,
  /** Most policies in one evaluation input. */
  maxPolicies: 10_000,
} as const
