// iam:PassRole to Glue with glue:CreateDevEndpoint.
import { passRoleCases } from './support'

passRoleCases({ id: 'passRoleGlue', service: 'glue.amazonaws.com', actions: ['glue:CreateDevEndpoint'] })
