// "Paste an error" in the app: the form filled from what AWS printed, a role session added as AWS issued it, the
// region taken from the resource, and the comparison tied to the question it filled in.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { english, parseAwsError, simulate, type AwsErrorReport, type Scenario } from '../../../src/engine/index'
import { fillFromAwsError, requestOfAwsError } from '../../../src/lib/request/aws-error'
import { draftFor } from '../../../src/lib/request/draft'
import { PastedError } from '../../../src/lib/request/pasted-error.svelte'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question } from '../../../src/lib/state/question.svelte'

const regionLock = JSON.parse(
  readFileSync(new URL('../../../scenarios/scp-region-lock.json', import.meta.url), 'utf8'),
) as Scenario
const engine = { simulate: async (...args: Parameters<typeof simulate>) => simulate(...args) }

function read(text: string): AwsErrorReport {
  const parsed = parseAwsError(text)
  if (!parsed.ok) throw new Error(english(parsed.problem.text))
  return parsed.report
}

const IRELAND = 'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03'
const SCP_DENY = `An error occurred (UnauthorizedOperation) when calling the StartInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::444455556666:user/deployer is not authorized to perform: ec2:StartInstances on resource: ${IRELAND} with an explicit deny in a service control policy. Encoded authorization failure message: QWxp`

describe(requestOfAwsError, () => {
  it('fills principal, action, resource and the Region of the resource', () => {
    const { patch, session } = requestOfAwsError(regionLock, read(SCP_DENY), draftFor(regionLock))
    expect(patch).toMatchObject({
      principal: 'arn:aws:iam::444455556666:user/deployer',
      actions: ['ec2:StartInstances'],
      resources: [IRELAND],
      environment: { region: 'eu-west-1' },
    })
    expect(session).toBeUndefined()
  })

  it('asks `*` when AWS named no resource, and keeps the principal when it named no caller', () => {
    const older = read(
      'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: QWxp',
    )
    const draft = { ...draftFor(regionLock), principal: 'user/deployer' }
    expect(requestOfAwsError(regionLock, older, draft).patch).toMatchObject({
      principal: 'user/deployer',
      actions: ['ec2:DescribeInstances'],
      resources: ['*'],
    })
  })

  it('adds a session of a role the scenario has, issued when CloudTrail says, with its MFA', () => {
    const event = {
      userIdentity: {
        type: 'AssumedRole',
        arn: 'arn:aws:sts::444455556666:assumed-role/RegionBypassAdmin/oncall',
        accountId: '444455556666',
        sessionContext: { attributes: { creationDate: '2026-03-01T09:00:00Z', mfaAuthenticated: 'true' } },
      },
      eventTime: '2026-03-01T09:10:00Z',
      eventSource: 'ec2.amazonaws.com',
      eventName: 'StartInstances',
      awsRegion: 'eu-west-1',
      errorCode: 'Client.UnauthorizedOperation',
    }
    const { patch, session } = requestOfAwsError(regionLock, read(JSON.stringify(event)), draftFor(regionLock))
    expect(session).toMatchObject({ sessionName: 'oncall', issuedAt: '2026-03-01T09:00:00Z', mfa: true })
    expect(session!.role).toMatch(/role\/RegionBypassAdmin$/)
    expect(patch.environment).toMatchObject({ region: 'eu-west-1', time: '2026-03-01T09:10:00Z', mfa: true })
  })
})

describe(PastedError, () => {
  it('fills and asks the question, then agrees with AWS on the SCP while the form asks it', async () => {
    const document = new ScenarioDocument(regionLock)
    const question = new Question(document, engine)
    const pasted = new PastedError()
    fillFromAwsError(pasted, read(SCP_DENY), document, question)
    await question.evaluate()
    expect(question.result?.decision).toBe('ExplicitDeny')
    expect(pasted.asks(question.request)).toBe(true)
    question.setRequest({ actions: ['ec2:StopInstances'] })
    expect(pasted.asks(question.request)).toBe(false)
  })

  it('adds the session a message names (undoably) and asks as that session', async () => {
    const document = new ScenarioDocument(regionLock)
    const question = new Question(document, engine)
    const pasted = new PastedError()
    const arn = 'arn:aws:sts::444455556666:assumed-role/RegionBypassAdmin/oncall'
    fillFromAwsError(
      pasted,
      read(`User: ${arn} is not authorized to perform: ec2:StartInstances on resource: ${IRELAND}`),
      document,
      question,
    )
    expect(pasted.addedSession).toBe(arn)
    expect(document.scenario.sessions?.some((s) => s.sessionName === 'oncall')).toBe(true)
    await question.evaluate()
    expect(question.result?.failure).toBeUndefined()
    expect(question.result?.principal.arn).toBe(arn)
    document.undo()
    expect(document.scenario.sessions?.some((s) => s.sessionName === 'oncall')).toBe(false)
  })
})
