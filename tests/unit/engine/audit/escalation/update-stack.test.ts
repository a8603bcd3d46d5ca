// cloudformation:UpdateStack on a stack whose service role can do more (the update keeps the stack's role).
import { A, REGION, resourceCases } from './support'

resourceCases({
  id: 'updateStack',
  service: 'cloudformation.amazonaws.com',
  resource: {
    arn: `arn:aws:cloudformation:${REGION}:${A}:stack/network/4f1c2b30-0a1b-11ef-9d1e-0a1b2c3d4e5f`,
    name: 'network',
    executionRole: 'Target',
  },
  actions: ['cloudformation:UpdateStack'],
  used: 'cloudformation:UpdateStack',
})
