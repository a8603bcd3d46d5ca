import { describe, expect, it } from 'vitest'
import { ok, runner } from '../../../../helpers/edits'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import {
  addRequest,
  addSession,
  createResource,
  deleteResource,
  removeRequest,
  removeSession,
  renameResource,
  setEnvironment,
  setRequestExpect,
  setResourcePolicy,
  setResourceTags,
  updateRequest,
} from '../../../../../src/engine/scenario/edits/index'

const A = '111122223333'
const BUCKET = 'arn:aws:s3:::photos'

function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'requests',
    accounts: [{ id: A }],
    roles: [
      { name: 'Admin', trustPolicy: '{}', maxSessionDuration: 7200 },
      { name: 'Short', trustPolicy: '{}' },
    ],
    resources: [{ arn: BUCKET, policy: '{}', tags: { env: 'prod' } }],
    sessions: [{ role: 'Admin', sessionName: 'first', issuedAt: '2025-01-01T00:00:00Z' }],
    environment: { region: 'us-east-1' },
    requests: [
      { id: 'get', principal: 'role/Admin', action: 's3:GetObject', resource: `${BUCKET}/a.jpg`, expect: 'Allow' },
      { principal: 'role/Admin', action: 's3:ListBucket', resource: BUCKET, title: 'List' },
    ],
  }
}

const run = runner(fixture)

describe('resources', () => {
  it('creates a resource and refuses a duplicate or malformed ARN', () => {
    const arn = `arn:aws:sqs:us-east-1:${A}:jobs`
    expect(run(createResource, { arn, tags: { team: 'a' } })).toMatchObject({ ok: true, label: 'Create resource jobs' })
    expect(run(createResource, { arn: BUCKET })).toEqual({
      ok: false,
      error: 'A resource with this ARN already exists',
      field: 'arn',
    })
    expect(run(createResource, { arn: 'photos' })).toMatchObject({ ok: false, field: 'arn' })
    expect(run(createResource, { arn, account: '999999999999' })).toMatchObject({ ok: false, field: 'account' })
  })

  it('changes the ARN, and saved requests on it or its objects follow', () => {
    const s = ok(run(renameResource, { resource: BUCKET, arn: 'arn:aws:s3:::pictures' }))
    expect(s.resources?.[0]?.arn).toBe('arn:aws:s3:::pictures')
    expect(s.requests?.map((r) => r.resource)).toEqual(['arn:aws:s3:::pictures/a.jpg', 'arn:aws:s3:::pictures'])
    expect(run(renameResource, { resource: BUCKET, arn: BUCKET })).toMatchObject({ ok: false, field: 'arn' })
  })

  it('deletes a resource', () => {
    expect(ok(run(deleteResource, { resource: BUCKET }))).not.toHaveProperty('resources')
    expect(run(deleteResource, { resource: 'arn:aws:s3:::nope' })).toMatchObject({ ok: false, field: 'resource' })
  })

  it('sets and removes the resource policy', () => {
    const r = run(setResourcePolicy, { resource: BUCKET, policy: '{"Statement":[]}' })
    expect(r).toMatchObject({ ok: true, coalesceKey: `resource-policy:${BUCKET}` })
    const removed = ok(run(setResourcePolicy, { resource: BUCKET, policy: undefined }))
    expect(removed.resources?.[0]).not.toHaveProperty('policy')
    expect(run(setResourcePolicy, { resource: BUCKET, policy: undefined }, removed)).toMatchObject({
      ok: false,
      field: 'policy',
    })
  })

  it('sets tags; resource tag keys may differ in case', () => {
    const s = ok(run(setResourceTags, { resource: BUCKET, tags: { Env: 'a', env: 'b' } }))
    expect(s.resources?.[0]?.tags).toEqual({ Env: 'a', env: 'b' })
    expect(run(setResourceTags, { resource: BUCKET, tags: { 'aws:owner': 'x' } })).toMatchObject({
      ok: false,
      field: 'tags',
    })
  })
})

describe(setEnvironment, () => {
  it('sets a field with a coalescing key and clears one with undefined', () => {
    const r = run(setEnvironment, { sourceIp: '203.0.113.7' })
    expect(r).toMatchObject({ ok: true, label: 'Set source IP to 203.0.113.7', coalesceKey: 'environment:sourceIp' })
    expect(ok(r).environment).toEqual({ region: 'us-east-1', sourceIp: '203.0.113.7' })
    expect(ok(run(setEnvironment, { region: undefined }))).not.toHaveProperty('environment')
    expect(run(setEnvironment, { mfa: true, mfaAge: 30, sourceIp: '2001:db8::1' })).toMatchObject({
      ok: true,
      label: 'Edit environment',
    })
  })

  it.each([
    [{ time: 'yesterday' }, 'time'],
    [{ sourceIp: '300.1.1.1' }, 'sourceIp'],
    [{ sourceIp: '10.0.0.0/8' }, 'sourceIp'],
    [{ region: 'US East' }, 'region'],
    [{ mfaAge: -1 }, 'mfaAge'],
  ])('refuses %j', (changes, field) => {
    expect(run(setEnvironment, changes)).toMatchObject({ ok: false, field })
  })
})

describe('saved requests', () => {
  it('adds a request with the first free id', () => {
    const r = run(addRequest, { principal: 'role/Admin', action: 's3:PutObject', resource: `${BUCKET}/b` })
    expect(r).toMatchObject({ ok: true, label: `Add request s3:PutObject on ${BUCKET}/b` })
    expect(ok(r).requests?.at(-1)?.id).toBe('req-3')
  })

  it('refuses a bad action, resource, expectation or a taken id', () => {
    const base = { principal: 'role/Admin', action: 's3:GetObject', resource: '*' }
    expect(run(addRequest, { ...base, action: 'GetObject' })).toMatchObject({ ok: false, field: 'action' })
    expect(run(addRequest, { ...base, resource: 'bucket' })).toMatchObject({ ok: false, field: 'resource' })
    expect(run(addRequest, { ...base, expect: 'Deny' as never })).toMatchObject({ ok: false, field: 'expect' })
    expect(run(addRequest, { ...base, id: 'get' })).toMatchObject({ ok: false, field: 'id' })
    expect(run(addRequest, { ...base, environment: { region: 'moon' } })).toMatchObject({
      ok: false,
      field: 'environment.region',
    })
  })

  it('updates a request by id or position', () => {
    const r = run(updateRequest, { request: 'get', changes: { action: 's3:GetObjectAcl' } })
    expect(r).toMatchObject({ ok: true, coalesceKey: 'request:get:action' })
    expect(ok(r).requests?.[0]?.action).toBe('s3:GetObjectAcl')
    expect(ok(run(updateRequest, { request: 1, changes: { title: undefined } })).requests?.[1]).not.toHaveProperty(
      'title',
    )
    expect(run(updateRequest, { request: 'get', changes: { resource: undefined } })).toMatchObject({
      ok: false,
      field: 'resource',
    })
    expect(run(updateRequest, { request: 5, changes: {} })).toMatchObject({ ok: false, field: 'request' })
  })

  it('sets and clears the expected decision', () => {
    const r = run(setRequestExpect, { request: 1, expect: 'ImplicitDeny' })
    expect(r).toMatchObject({ ok: true, label: 'Expect ImplicitDeny for List' })
    expect(ok(r).requests?.[1]?.expect).toBe('ImplicitDeny')
    expect(ok(run(setRequestExpect, { request: 'get', expect: undefined })).requests?.[0]).not.toHaveProperty('expect')
    expect(run(setRequestExpect, { request: 'get', expect: 'Allow' })).toMatchObject({ ok: false, field: 'expect' })
  })

  it('removes a request', () => {
    expect(ok(run(removeRequest, { request: 'get' })).requests?.map((r) => r.title)).toEqual(['List'])
    expect(run(removeRequest, { request: 'nope' })).toMatchObject({ ok: false, field: 'request' })
  })
})

describe('sessions', () => {
  const session = { role: 'Admin', sessionName: 'second', issuedAt: '2025-01-01T10:00:00Z' }

  it('adds a session within the role maximum', () => {
    const r = run(addSession, {
      ...session,
      durationSeconds: 7200,
      tags: { project: 'x' },
      transitiveTagKeys: ['project'],
    })
    expect(r).toMatchObject({ ok: true, label: 'Add session Admin/second' })
    expect(ok(r).sessions).toHaveLength(2)
  })

  it('refuses a duration above the role maximum or above an hour when chained', () => {
    expect(run(addSession, { ...session, durationSeconds: 7201 })).toMatchObject({
      ok: false,
      field: 'durationSeconds',
    })
    expect(run(addSession, { ...session, durationSeconds: 7200, chained: true })).toMatchObject({
      ok: false,
      field: 'durationSeconds',
    })
    expect(run(addSession, { ...session, role: 'Short', durationSeconds: 3601 })).toMatchObject({
      ok: false,
      field: 'durationSeconds',
    })
  })

  it('refuses a bad name, a taken name, an unknown role and a stray transitive key', () => {
    expect(run(addSession, { ...session, sessionName: 'x' })).toMatchObject({ ok: false, field: 'sessionName' })
    expect(run(addSession, { ...session, sessionName: 'first' })).toMatchObject({ ok: false, field: 'sessionName' })
    expect(run(addSession, { ...session, role: 'Ghost' })).toMatchObject({ ok: false, field: 'role' })
    expect(run(addSession, { ...session, issuedAt: 'now' })).toMatchObject({ ok: false, field: 'issuedAt' })
    expect(run(addSession, { ...session, transitiveTagKeys: ['a'] })).toMatchObject({
      ok: false,
      field: 'transitiveTagKeys',
    })
  })

  it('removes a session', () => {
    expect(ok(run(removeSession, { role: 'Admin', sessionName: 'first' }))).not.toHaveProperty('sessions')
    expect(run(removeSession, { role: 'Admin', sessionName: 'other' })).toMatchObject({
      ok: false,
      field: 'sessionName',
    })
  })
})
