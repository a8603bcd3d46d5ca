// The "graph" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as graph from '../messages/graph'

export const messages = {
  ...graph.en,
} as const
