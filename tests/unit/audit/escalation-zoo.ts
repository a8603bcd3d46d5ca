// Scenarios that between them produce every detail of the PassRole and existing-resource escalation techniques,
// certain and possible, for the message catalog's tests (./messages.test.ts).
import type { Role, Scenario } from '../../../src/engine/index'
import { A, allowDoc, clean, trustDoc } from './fixtures'

const R = `us-east-1:${A}`
const serviceRole = (name: string, service: string, extra: Partial<Role> = {}): Role => ({
  name,
  trustPolicy: trustDoc({ Service: service }) as never,
  managedPolicies: ['AdministratorAccess'],
  ...extra,
})
const ROLES: Role[] = [
  serviceRole('FnRole', 'lambda.amazonaws.com'),
  serviceRole('BoxRole', 'ec2.amazonaws.com', { instanceProfiles: ['BoxRole'] }),
  serviceRole('StackRole', 'cloudformation.amazonaws.com'),
  serviceRole('BuildRole', 'codebuild.amazonaws.com'),
  serviceRole('PipeRole', 'datapipeline.amazonaws.com'),
  serviceRole('GlueRole', 'glue.amazonaws.com'),
  serviceRole('SmRole', 'sagemaker.amazonaws.com'),
]
const PASS = [
  'iam:PassRole',
  'lambda:CreateFunction',
  'lambda:InvokeFunction',
  'ec2:RunInstances',
  'cloudformation:CreateStack',
  'codebuild:CreateProject',
  'codebuild:StartBuild',
  'datapipeline:CreatePipeline',
  'datapipeline:PutPipelineDefinition',
  'glue:CreateDevEndpoint',
  'sagemaker:CreateNotebookInstance',
  'sagemaker:CreatePresignedNotebookInstanceUrl',
  'sagemaker:CreateTrainingJob',
  'sagemaker:CreateProcessingJob',
]
const USE = [
  'lambda:UpdateFunctionCode',
  'glue:UpdateDevEndpoint',
  'cloudformation:UpdateStack',
  'sagemaker:CreatePresignedNotebookInstanceUrl',
  'ssm:SendCommand',
  'ec2-instance-connect:SendSSHPublicKey',
]
const inline = (name: string, actions: string[]) => ({ name, document: allowDoc(actions) as never })

export function serviceEscalationZoo(): Scenario[] {
  return [
    clean({
      users: [
        { name: 'deployer', inlinePolicies: [inline('All', [...PASS, ...USE])] },
        {
          name: 'mapper',
          inlinePolicies: [inline('Map', ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'])],
        },
      ],
      roles: ROLES,
      resources: [
        { arn: `arn:aws:lambda:${R}:function:report`, executionRole: 'FnRole' },
        { arn: `arn:aws:ec2:${R}:instance/i-0123456789abcdef0`, instanceProfile: 'BoxRole' },
        { arn: `arn:aws:glue:${R}:devEndpoint/dev`, executionRole: 'GlueRole' },
        { arn: `arn:aws:cloudformation:${R}:stack/app/1a2b3c4d`, name: 'app', executionRole: 'StackRole' },
        { arn: `arn:aws:sagemaker:${R}:notebook-instance/lab`, executionRole: 'SmRole' },
      ],
    }),
    clean({
      users: [{ name: 'maybe', inlinePolicies: [inline('Use', USE)] }],
      roles: [
        ...ROLES,
        {
          name: 'Worker',
          trustPolicy: trustDoc({ AWS: `arn:aws:iam::${A}:root` }) as never,
          inlinePolicies: [inline('Code', ['lambda:UpdateFunctionCode'])],
        },
      ],
    }),
  ]
}
