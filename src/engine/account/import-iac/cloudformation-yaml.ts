// CloudFormation YAML: the short-form intrinsic tags (`!Ref x`, `!GetAtt a.Arn`, `!Sub`, `!Join [...]`, …) become
// the long form (`{ Ref: x }`, `{ "Fn::GetAtt": [a, Arn] }`) the resolver reads, as in a JSON template.
import { lineColumn } from './context'
import { parseDocument, type CollectionTag, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml'

/** Short-form tags and the function each stands for. */
const FUNCTIONS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  ...Object.fromEntries(
    [
      'Base64',
      'Cidr',
      'FindInMap',
      'GetAtt',
      'GetAZs',
      'ImportValue',
      'Join',
      'Select',
      'Split',
      'Sub',
      'Transform',
      'If',
      'Equals',
      'Not',
      'And',
      'Or',
      'Length',
      'ToJsonString',
    ].map((f) => [f, `Fn::${f}`]),
  ),
}

/** `!GetAtt Role.Arn` is the list `[Role, Arn]` in the long form. */
function scalarValue(fn: string, text: string): unknown {
  if (fn !== 'Fn::GetAtt') return text
  const dot = text.indexOf('.')
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)]
}

function tags(): (ScalarTag | CollectionTag)[] {
  const out: (ScalarTag | CollectionTag)[] = []
  for (const [short, fn] of Object.entries(FUNCTIONS)) {
    const tag = `!${short}`
    out.push({ tag, resolve: (text: string) => ({ [fn]: scalarValue(fn, text) }) })
    out.push({
      tag,
      collection: 'seq',
      resolve: (seq: YAMLSeq.Parsed | YAMLMap.Parsed) => ({ [fn]: seq.toJSON() as unknown }),
    })
    out.push({
      tag,
      collection: 'map',
      resolve: (map: YAMLMap.Parsed | YAMLSeq.Parsed) => ({ [fn]: map.toJSON() as unknown }),
    })
  }
  return out
}

/** The outcome of reading a YAML template: the value, or the first syntax error with its line and column. */
export type YamlRead = { ok: true; value: unknown } | { ok: false; error: string; line?: number; column?: number }

/** Reads a CloudFormation YAML template with its short-form tags. */
export function readCloudFormationYaml(text: string): YamlRead {
  const doc = parseDocument(text, { customTags: tags(), prettyErrors: false, uniqueKeys: true })
  const first = doc.errors[0]
  if (first) {
    const error = first.message.split('\n')[0]!
    return { ok: false, error, ...lineColumn(text, first.pos[0]) }
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown }
}
