// "Copy as AWS CLI": loaded when first asked (the engine's command builder stays out of the first load).
export { simulateCommands, type AwsCliCommands } from '../../engine/index'
