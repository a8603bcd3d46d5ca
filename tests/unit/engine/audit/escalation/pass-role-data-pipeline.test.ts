// iam:PassRole to Data Pipeline with datapipeline:CreatePipeline and datapipeline:PutPipelineDefinition.
import { expect, it } from 'vitest'
import { keysOf, may, passRoleCases, world } from './support'
import { trustDoc } from '../../../audit/fixtures'

passRoleCases({
  id: 'passRoleDataPipeline',
  service: 'datapipeline.amazonaws.com',
  actions: ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
})

it('passRoleDataPipeline applies to a pipeline role that trusts Data Pipeline and EMR, as the default role does', () => {
  const role = {
    name: 'DataPipelineDefaultRole',
    trustPolicy: trustDoc({ Service: ['elasticmapreduce.amazonaws.com', 'datapipeline.amazonaws.com'] }) as never,
    managedPolicies: ['AdministratorAccess'],
  }
  const all = ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition']
  expect(keysOf(world([may('Do', all)], [role]))).toEqual(['passRoleDataPipeline'])
})
