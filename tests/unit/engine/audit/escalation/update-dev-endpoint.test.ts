// glue:UpdateDevEndpoint (a new SSH key) on a development endpoint whose role can do more.
import { A, REGION, resourceCases } from './support'

resourceCases({
  id: 'updateDevEndpoint',
  service: 'glue.amazonaws.com',
  resource: { arn: `arn:aws:glue:${REGION}:${A}:devEndpoint/analytics`, executionRole: 'Target' },
  actions: ['glue:UpdateDevEndpoint'],
  used: 'glue:UpdateDevEndpoint',
})
