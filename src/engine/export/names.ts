// Names for exported resources: Terraform identifiers and CloudFormation logical IDs made from any entity name,
// unique within their namespace (a collision gets `_2`, `_3`… or `2`, `3`…).

/** A Terraform identifier from any name: letters, digits and `_`; `alice.b@x` → `alice_b_x`; a leading digit gets `_`. */
export function terraformIdentifier(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/-/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (cleaned === '') return 'r'
  return /^[0-9]/.test(cleaned) ? `r_${cleaned}` : cleaned
}

/** A CloudFormation logical ID from any name: alphanumeric PascalCase (`ci-deploy.role` → `CiDeployRole`). */
export function logicalId(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '')
  const id = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
  if (id === '') return 'Resource'
  return /^[0-9]/.test(id) ? `R${id}` : id
}

/** Hands out unique names in one namespace: the first `base` as is, later ones with a number appended. */
export class UniqueNames {
  private readonly taken = new Set<string>()

  /** `sep` goes between the base and the number (`_` for Terraform, nothing for CloudFormation). */
  constructor(private readonly sep: string) {}

  /** A name not handed out before, made from `base`. */
  take(base: string): string {
    let name = base
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${this.sep}${n}`
    this.taken.add(name.toLowerCase())
    return name
  }
}
