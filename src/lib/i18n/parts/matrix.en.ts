// The "matrix" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as matrix from '../messages/matrix'
import * as matrixColumns from '../messages/matrix-columns'

export const messages = {
  ...matrix.en,
  ...matrixColumns.en,
} as const
