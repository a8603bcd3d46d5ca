/** Per AWS-owned resource type (`iam:policy`, `iam:role`, `kms:alias`), the actions that change it, lower case. */
export function awsOwnedWrites(dataDir: string): Record<string, string[]>
