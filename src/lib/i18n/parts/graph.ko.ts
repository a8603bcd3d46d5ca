// The "graph" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as graph from '../messages/graph.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './graph.en'

export const messages: Messages<typeof en> = {
  ...graph.ko,
}
