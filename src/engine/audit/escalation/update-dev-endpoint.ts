import { GLUE_DEV_ENDPOINT } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { mentionsAll, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/** The principal's SSH key on an existing Glue development endpoint with a more powerful role, then an SSH login. */
export const updateDevEndpoint: Technique<'role'> = {
  id: 'updateDevEndpoint',
  actions: ['glue:UpdateDevEndpoint'],
  target: 'role',
  checks: '`glue:UpdateDevEndpoint` on a development endpoint of its account whose role can do more',
  gains: 'what the endpoint’s role can do, from a shell the principal logs in to',
  possible: (ctx) => mentionsAll(ctx, ['glue:UpdateDevEndpoint']),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'updateDevEndpoint',
      principal: 'glue.amazonaws.com',
      kind: GLUE_DEV_ENDPOINT,
      example: (account, region) => `arn:aws:glue:${region}:${account}:devEndpoint/${PROBE_NAME}`,
      ways: (endpoint) => [[{ action: 'glue:UpdateDevEndpoint', resource: endpoint }]],
    })
  },
}
