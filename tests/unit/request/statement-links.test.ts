import { describe, expect, it } from 'vitest'
import { simulate, type StatementRef } from '../../../src/engine/index'
import { highlight } from '../../../src/lib/request/highlight.svelte'
import {
  openStatement,
  policyLinks,
  resultTarget,
  statementLinks,
  statementText,
} from '../../../src/lib/request/statement-links'
import { targetKey, type PolicyTarget } from '../../../src/lib/state/policy-target'
import { scenario as fixture } from './fixture'

/** The fixture without its (partial) organization, so it can be simulated. */
const scenario = { ...fixture, organization: undefined }

const getObject = simulate(scenario, {
  principal: 'user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket/k',
})

const ref = (r: Partial<StatementRef>): StatementRef => ({
  policyId: 'p',
  type: 'identity',
  policyIndex: 0,
  index: 0,
  ...r,
})

/** An app that records the documents it is asked to open. */
function fakeApp() {
  const opened: PolicyTarget[] = []
  return {
    document: { scenario },
    navigation: { openPolicy: (target: PolicyTarget) => void opened.push(target) },
    opened,
  }
}

describe(resultTarget, () => {
  it("finds the document of a deciding statement through the result's sources", () => {
    expect(resultTarget(scenario, getObject, getObject.trace.decisive[0]!)).toEqual({
      slot: 'inline',
      owner: 'user',
      identity: 'alice',
      name: 'S3Read',
    })
  })

  it("settles same-named resource policies by the result's own resource", () => {
    expect(resultTarget(scenario, getObject, { policyId: 'resource' })).toEqual({
      slot: 'resource',
      arn: 'arn:aws:s3:::bucket',
    })
    const other = {
      ...getObject,
      trace: { ...getObject.trace, request: { ...getObject.trace.request, resource: 'arn:aws:s3:::other/bucket/k' } },
    }
    expect(resultTarget(scenario, other, { policyId: 'resource' })).toEqual({
      slot: 'resource',
      arn: 'arn:aws:s3:::other/bucket',
    })
  })

  it('gives nothing for a policy the result does not know', () => {
    expect(resultTarget(scenario, getObject, { policyId: 'identity[9]' })).toBeUndefined()
  })
})

describe(openStatement, () => {
  it('opens the policy and marks the statement', () => {
    const app = fakeApp()
    const decisive = getObject.trace.decisive[0]!
    expect(decisive.span).toBeDefined()
    openStatement(app, getObject, decisive)
    expect(app.opened).toEqual([{ slot: 'inline', owner: 'user', identity: 'alice', name: 'S3Read' }])
    expect(highlight).toEqual({ key: targetKey(app.opened[0]!), span: decisive.span })
  })

  it('opens nothing for a policy without editable text', () => {
    const app = fakeApp()
    openStatement(app, getObject, { policyId: 'identity[9]' })
    expect(app.opened).toEqual([])
  })
})

describe(statementText, () => {
  it('names the policy by its source label, else its name, else its id (as code), and adds the Sid (as code)', () => {
    expect(statementText({ p: 'inline policy `S3` of user `alice`' }, ref({ index: 1, sid: 'Read' }))).toBe(
      'inline policy `S3` of user `alice`, statement 2 (`Read`)',
    )
    expect(statementText({}, ref({ policyName: 'Named' }))).toBe('`Named`, statement 1')
    expect(statementText({}, ref({}))).toBe('`p`, statement 1')
  })
})

describe(statementLinks, () => {
  it('gives each statement a key, its words and a title that says where it opens', () => {
    const [link] = statementLinks({ p: 'Label' }, [ref({ index: 2 })])
    expect(link).toEqual({
      key: 'p/2',
      ref: ref({ index: 2 }),
      text: 'Label, statement 3',
      title: 'Open Label, statement 3 in the editor',
    })
  })
})

describe(policyLinks, () => {
  it('links whole policies by label, else name, else id, with no statement to mark', () => {
    const links = policyLinks({ a: 'Label A' }, [
      { policyId: 'a', type: 'identity' },
      { policyId: 'b', type: 'scp', name: 'DenyRegions' },
      { policyId: 'c', type: 'scp' },
    ])
    expect(links.map((l) => [l.key, l.text, l.ref])).toEqual([
      ['a', 'Label A', { policyId: 'a' }],
      ['b', '`DenyRegions`', { policyId: 'b' }],
      ['c', '`c`', { policyId: 'c' }],
    ])
    expect(links[1]!.title).toBe('Open DenyRegions in the editor')
  })
})
