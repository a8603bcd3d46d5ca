// CloudFormation intrinsic functions resolved where the template determines them: `Ref` (parameters, pseudo
// parameters, resources), `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split`. What the template leaves
// open (a parameter without `Default`, a condition, an attribute known only after creation) becomes a `${…}`
// placeholder and is listed with its location.
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import type { ImportRun } from './context'

type Obj = Record<string, unknown>

/** Marks a property to drop (`AWS::NoValue`). */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue')

/** A resource of the template: its type and properties (unresolved). */
export interface CfnResource {
  id: string
  type: string
  properties: Obj
}

/** The property holding each named type's name, and the IAM ARN kind. */
const NAMED: Readonly<Record<string, { prop: string; kind?: string }>> = {
  'AWS::IAM::User': { prop: 'UserName', kind: 'user' },
  'AWS::IAM::Group': { prop: 'GroupName', kind: 'group' },
  'AWS::IAM::Role': { prop: 'RoleName', kind: 'role' },
  'AWS::IAM::ManagedPolicy': { prop: 'ManagedPolicyName', kind: 'policy' },
  'AWS::IAM::InstanceProfile': { prop: 'InstanceProfileName', kind: 'instance-profile' },
  'AWS::IAM::Policy': { prop: 'PolicyName' },
  'AWS::S3::Bucket': { prop: 'BucketName' },
  'AWS::Organizations::Policy': { prop: 'Name' },
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Resolves intrinsics of one template. */
export class CfnResolver {
  private readonly names = new Map<string, string>()
  private readonly naming = new Set<string>()

  constructor(
    private readonly run: ImportRun,
    readonly account: string,
    private readonly parameters: Obj,
    private readonly resources: ReadonlyMap<string, CfnResource>,
  ) {}

  /** The value with every intrinsic it holds resolved (or left as a listed placeholder). */
  resolve(value: unknown, location: string): unknown {
    if (Array.isArray(value)) {
      return value.map((v, i) => this.resolve(v, `${location}/${i}`)).filter((v) => v !== NO_VALUE)
    }
    if (!isObj(value)) return value
    const keys = Object.keys(value)
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) {
      return this.intrinsic(keys[0]!, value[keys[0]!], `${location}/${keys[0]}`)
    }
    const out: Obj = {}
    for (const [k, v] of Object.entries(value)) {
      const r = this.resolve(v, `${location}/${k}`)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }

  /** A resource's physical name: its name property, or (as CloudFormation would generate one) its logical ID. */
  nameOf(id: string): string {
    const known = this.names.get(id)
    if (known !== undefined) return known
    const r = this.resources.get(id)
    const prop = r ? NAMED[r.type]?.prop : undefined
    let name = id
    if (r && prop && !this.naming.has(id)) {
      this.naming.add(id)
      const raw = this.resolve(r.properties[prop], `/Resources/${id}/Properties/${prop}`)
      if (typeof raw === 'string' && raw !== '') name = raw
      else if (r.type !== 'AWS::IAM::Policy') {
        this.run.warn(
          `/Resources/${id}`,
          importIacMessage('importIac.noName', { provider: 'CloudFormation', name: q(id) }),
        )
      }
    }
    this.names.set(id, name)
    return name
  }

  /** The ARN of a resource, when the template determines it. */
  arnOf(id: string): string | undefined {
    const r = this.resources.get(id)
    if (!r) return undefined
    const p = this.run.partition
    const kind = NAMED[r.type]?.kind
    if (kind) {
      const path = typeof r.properties.Path === 'string' ? r.properties.Path : '/'
      return `arn:${p}:iam::${this.account}:${kind}${path}${this.nameOf(id)}`
    }
    if (r.type === 'AWS::S3::Bucket') return `arn:${p}:s3:::${this.nameOf(id)}`
    if (r.type === 'AWS::KMS::Key') return `arn:${p}:kms:${this.run.region}:${this.account}:key/${id}`
    return undefined
  }

  private open(location: string, ref: string, fill: () => void): string {
    const filled = this.run.filled(ref)
    if (filled !== undefined) return filled
    fill()
    return `\${${ref}}`
  }

  private ref(name: unknown, location: string): unknown {
    if (typeof name !== 'string') return this.unsupported('Ref', location)
    switch (name) {
      case 'AWS::AccountId':
        return this.account
      case 'AWS::Partition':
        return this.run.partition
      case 'AWS::Region':
        return this.run.region
      case 'AWS::URLSuffix':
        return 'amazonaws.com'
      case 'AWS::StackName':
        return this.run.filled(name) ?? 'stack'
      case 'AWS::NoValue':
        return NO_VALUE
    }
    if (Object.hasOwn(this.parameters, name)) return this.parameter(name, location)
    const r = this.resources.get(name)
    if (r) {
      if (r.type === 'AWS::IAM::ManagedPolicy') return this.arnOf(name)
      if (r.type === 'AWS::KMS::Key') return name
      return this.nameOf(name)
    }
    return this.open(location, name, () =>
      this.run.open(location, name, importIacMessage('importIac.unresolved', { ref: q(name) })),
    )
  }

  private parameter(name: string, location: string): unknown {
    const p = this.parameters[name]
    if (isObj(p) && p.Default !== undefined) {
      const filled = this.run.filled(name)
      if (filled !== undefined) return filled
      const type = typeof p.Type === 'string' ? p.Type : 'String'
      if (typeof p.Default === 'string' && /^(CommaDelimitedList|List<)/.test(type)) {
        return p.Default.split(',').map((s) => s.trim())
      }
      return p.Default
    }
    return this.open(location, name, () =>
      this.run.open(location, name, importIacMessage('importIac.parameter', { name: q(name) })),
    )
  }

  private getAtt(args: unknown, location: string): unknown {
    const parts = typeof args === 'string' ? args.split('.') : Array.isArray(args) ? args : []
    const [id, attr] = parts
    if (typeof id !== 'string' || typeof attr !== 'string') return this.unsupported('Fn::GetAtt', location)
    const r = this.resources.get(id)
    if (r && attr === 'Arn') {
      const arn = this.arnOf(id)
      if (arn) return arn
    }
    if (r && attr === 'PolicyArn' && r.type === 'AWS::IAM::ManagedPolicy') return this.arnOf(id)
    const ref = `${id}.${attr}`
    return this.open(location, ref, () =>
      this.run.open(location, ref, importIacMessage('importIac.unresolved', { ref: q(ref) })),
    )
  }

  private sub(args: unknown, location: string): unknown {
    const [template, vars] = typeof args === 'string' ? [args, {}] : Array.isArray(args) ? args : []
    if (typeof template !== 'string') return this.unsupported('Fn::Sub', location)
    const local = isObj(vars) ? (this.resolve(vars, `${location}/1`) as Obj) : {}
    return template.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
      if (bang) return `\${${name}}`
      const key = name.trim()
      if (Object.hasOwn(local, key)) return String(local[key])
      const value = key.includes('.') && !key.startsWith('AWS::') ? this.getAtt(key, location) : this.ref(key, location)
      return typeof value === 'string' || typeof value === 'number' ? String(value) : whole
    })
  }

  private intrinsic(fn: string, args: unknown, location: string): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(args, location)
      case 'Fn::GetAtt':
        return this.getAtt(args, location)
      case 'Fn::Sub':
        return this.sub(args, location)
      case 'Fn::Join': {
        if (!Array.isArray(args) || typeof args[0] !== 'string') return this.unsupported(fn, location)
        const list = this.resolve(args[1], `${location}/1`)
        return Array.isArray(list) ? list.map(String).join(args[0]) : this.unsupported(fn, location)
      }
      case 'Fn::Select': {
        if (!Array.isArray(args)) return this.unsupported(fn, location)
        const index = Number(this.resolve(args[0], `${location}/0`))
        const list = this.resolve(args[1], `${location}/1`)
        return Array.isArray(list) && Number.isInteger(index) && index >= 0 && index < list.length
          ? (list[index] as unknown)
          : this.unsupported(fn, location)
      }
      case 'Fn::Split': {
        if (!Array.isArray(args) || typeof args[0] !== 'string') return this.unsupported(fn, location)
        const text = this.resolve(args[1], `${location}/1`)
        return typeof text === 'string' ? text.split(args[0]) : this.unsupported(fn, location)
      }
      case 'Fn::If':
        this.run.warn(location, importIacMessage('importIac.condition', { fn: '`Fn::If`' }))
        return `\${${fn}}`
      default:
        return this.unsupported(fn, location)
    }
  }

  private unsupported(fn: string, location: string): string {
    this.run.warn(location, importIacMessage('importIac.intrinsic', { fn: `\`${fn}\`` }))
    return `\${${fn}}`
  }
}
