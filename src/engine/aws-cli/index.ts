// "Copy as AWS CLI": a question as AWS's policy simulator takes it.
export { simulateCommands, type AwsCliCommands } from './simulate-command'
export { shellWord } from './shell'
