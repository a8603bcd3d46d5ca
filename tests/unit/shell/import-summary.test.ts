import { describe, expect, it } from 'vitest'
import { importAuthorizationDetails, importCloudFormation, importTerraformJson } from '../../../src/engine/index'
import { translate } from '../../../src/lib/i18n/messages'
import { importSummary, importWorkspaceName, issueLine } from '../../../src/lib/shell/import-summary'
import { readScenarioFile } from '../../../src/lib/workspace/files'

const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params)

const details = {
  UserDetailList: [
    {
      UserName: 'alice',
      UserId: 'AIDAEXAMPLE1',
      Arn: 'arn:aws:iam::123456789012:user/alice',
      Path: '/',
      GroupList: ['devs'],
      AttachedManagedPolicies: [{ PolicyName: 'Gone', PolicyArn: 'arn:aws:iam::123456789012:policy/Gone' }],
    },
  ],
  GroupDetailList: [
    { GroupName: 'devs', GroupId: 'AGPAEXAMPLE1', Arn: 'arn:aws:iam::123456789012:group/devs', Path: '/' },
  ],
  RoleDetailList: [],
  Policies: [],
}

describe(issueLine, () => {
  it('puts a located problem at line:column', () => {
    const read = readScenarioFile('{\n  "format": \n}')
    expect(read.ok).toBe(false)
    expect(read.issues.map(issueLine)[0]).toMatch(/^3:1: /)
  })

  it('falls back to the path, or the message alone', () => {
    expect(issueLine({ path: '/users/0', message: 'bad name', severity: 'error' })).toBe('/users/0: bad name')
    expect(issueLine({ path: '', message: 'too large', severity: 'error' })).toBe('too large')
  })
})

describe(importSummary, () => {
  it('counts what was carried over and what was not', () => {
    const summary = importSummary(importAuthorizationDetails(details), tr)
    expect(summary.ok).toBe(true)
    expect(summary.stats).toBe('Users: 1 · Groups: 1 · Roles: 0 · Customer managed policies: 0')
    expect(summary.unresolved).toBe('Managed policies not found: 1')
    expect(summary.unresolvedPolicies).toEqual(['arn:aws:iam::123456789012:policy/Gone'])
    expect(summary.warnings).toMatch(/^Warnings: \d+$/)
  })

  it('is not ok for input that is not authorization details, and says why', () => {
    const summary = importSummary(importAuthorizationDetails({ hello: 1 }), tr)
    expect(summary.ok).toBe(false)
    expect(summary.problems).toHaveLength(1)
    expect(summary.problems[0]).toMatch(/get-account-authorization-details/)
  })

  it('reports bad JSON text as a problem', () => {
    const summary = importSummary(importAuthorizationDetails('{ nope'), tr)
    expect(summary.ok).toBe(false)
    expect(summary.problems[0]).toMatch(/not valid JSON/)
  })
})

describe(importWorkspaceName, () => {
  it('is named after the account, unique among the workspaces', () => {
    const result = importAuthorizationDetails(details)
    expect(importWorkspaceName(result, [], tr)).toBe('AWS account 123456789012')
    expect(importWorkspaceName(result, [{ name: 'AWS account 123456789012' }], tr)).toBe('AWS account 123456789012 (2)')
  })
})

describe('a Terraform or CloudFormation import summary', () => {
  it('counts what was imported and lists each value to fill in with its location', () => {
    const result = importCloudFormation(
      'Parameters:\n  Bucket:\n    Type: String\nResources:\n  Reader:\n    Type: AWS::IAM::User\n    Properties:\n      UserName: reader\n      Policies:\n        - PolicyName: Read\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub "arn:aws:s3:::${Bucket}/*"\n',
    )
    const summary = importSummary(result, tr)
    expect(summary.ok).toBe(true)
    expect(summary.stats).toBe(
      'Users: 1 · Groups: 0 · Roles: 0 · Managed policies: 0 · Resource policies: 0 · SCPs and RCPs: 0 · Identity providers: 0',
    )
    expect(summary.unresolved).toBe('Values to fill in: 1')
    expect(summary.unresolvedPolicies).toEqual([
      '/Resources/Reader/Properties/Policies/0/PolicyDocument/Statement/0/Resource/Fn::Sub: parameter "Bucket" has no `Default`; fill in a value',
    ])
  })

  it('puts a syntax error at its line and column', () => {
    const summary = importSummary(importTerraformJson('{\n  "values": ]\n}'), tr)
    expect(summary.ok).toBe(false)
    expect(summary.problems[0]).toMatch(/^2:13: the input is not valid JSON/)
  })
})
