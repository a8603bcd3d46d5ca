// The "matrix" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as matrix from '../messages/matrix.ko'
import * as matrixColumns from '../messages/matrix-columns.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './matrix.en'

export const messages: Messages<typeof en> = {
  ...matrix.ko,
  ...matrixColumns.ko,
}
