// "What would allow it": verified proposals for a denied request.
export { whatWouldAllow } from './what-would-allow'
export type { WhatWouldAllowOptions } from './what-would-allow'
export type * from './types'
