import { describe, expect, it } from 'vitest'
import type { PolicySource } from '../../../src/engine/index'
import { sourceLabels, sourceTarget, statementTarget } from '../../../src/lib/request/policy-source'
import { scenario } from './fixture'

const src = (s: Partial<PolicySource>): PolicySource => ({
  kind: 'inline',
  label: 'l',
  text: { key: 'policyLabel.scp', params: { policy: 'l' } },
  policyName: 'P',
  ...s,
})

describe(sourceTarget, () => {
  it('maps an inline policy of a user to its inline slot', () => {
    expect(sourceTarget(scenario, src({ policyName: 'S3Read', entity: { kind: 'user', name: 'alice' } }))).toEqual({
      slot: 'inline',
      owner: 'user',
      identity: 'alice',
      name: 'S3Read',
    })
  })

  it('maps a group inline policy to the group', () => {
    const s = src({ kind: 'group-inline', policyName: 'G', entity: { kind: 'group', name: 'devs' } })
    expect(sourceTarget(scenario, s)).toEqual({ slot: 'inline', owner: 'group', identity: 'devs', name: 'G' })
  })

  it('maps a customer managed policy and not an AWS managed one', () => {
    expect(sourceTarget(scenario, src({ kind: 'managed', policyName: 'Shared' }))).toEqual({
      slot: 'managed',
      policy: 'Shared',
    })
    const aws = src({ kind: 'managed', policyName: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    expect(sourceTarget(scenario, aws)).toBeUndefined()
  })

  it('maps SCPs the organization defines, not the implied FullAWSAccess', () => {
    expect(sourceTarget(scenario, src({ kind: 'scp', policyName: 'DenyRegions' }))).toEqual({
      slot: 'org',
      name: 'DenyRegions',
    })
    expect(sourceTarget(scenario, src({ kind: 'scp', policyName: 'FullAWSAccess' }))).toBeUndefined()
  })

  it('maps a trust policy to its role', () => {
    const s = src({ kind: 'trust', policyName: 'trust policy', entity: { kind: 'role', name: 'Admin' } })
    expect(sourceTarget(scenario, s)).toEqual({ slot: 'trust', role: 'Admin' })
  })

  it('finds a resource policy by display name, settling a tie by the requested resource', () => {
    const s = src({ kind: 'resource', policyName: 'bucket policy', entity: { kind: 'resource', name: 'bucket' } })
    expect(sourceTarget(scenario, s)).toEqual({ slot: 'resource', arn: 'arn:aws:s3:::bucket' })
    expect(sourceTarget(scenario, s, 'arn:aws:s3:::other/bucket/key')).toEqual({
      slot: 'resource',
      arn: 'arn:aws:s3:::other/bucket',
    })
  })

  it('gives nothing for an unknown source or a session policy passed inline', () => {
    expect(sourceTarget(scenario, undefined)).toBeUndefined()
    expect(sourceTarget(scenario, src({ kind: 'session', policyName: 'session policy 1' }))).toBeUndefined()
  })
})

describe(statementTarget, () => {
  it('looks the statement up through the sources by policy id', () => {
    const sources = { 'identity[0]': src({ policyName: 'S3Read', entity: { kind: 'user', name: 'alice' } }) }
    expect(statementTarget(scenario, { policyId: 'identity[0]' }, sources)).toMatchObject({ slot: 'inline' })
    expect(statementTarget(scenario, { policyId: 'identity[1]' }, sources)).toBeUndefined()
    expect(sourceLabels(sources)).toEqual({ 'identity[0]': 'SCP `l`' })
  })
})
