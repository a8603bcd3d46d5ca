// ec2-instance-connect:SendSSHPublicKey on an instance whose instance profile can do more.
import { A, REGION, resourceCases } from './support'

const INSTANCE = `arn:aws:ec2:${REGION}:${A}:instance/i-0fedcba9876543210`

resourceCases({
  id: 'instanceConnect',
  service: 'ec2.amazonaws.com',
  resource: { arn: INSTANCE, instanceProfile: 'Target' },
  actions: ['ec2-instance-connect:SendSSHPublicKey'],
  used: 'ec2-instance-connect:SendSSHPublicKey',
  role: { instanceProfiles: ['Target'] },
})
