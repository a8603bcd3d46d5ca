// The access matrix: principals × actions on one resource, decided as `simulate` decides, fast enough for 200,000 cells.
export {
  accessMatrix,
  checkMatrixQuery,
  isActionName,
  MATRIX_CODES,
  MATRIX_LIMITS,
  MATRIX_VERDICTS,
  matrixRows,
} from './matrix'
export type { MatrixCode, MatrixQuery, MatrixResult } from './matrix'
export { MATRIX_PRINCIPAL_KINDS, matrixPrincipals } from './principals'
export type { MatrixPrincipal, MatrixPrincipalKind } from './principals'
export { serviceCell, serviceCoverage, serviceColumns } from './summary'
export type { ServiceCoverage, ServiceCell, ServiceColumn } from './summary'
export { matrixCsv } from './csv'
export { matrixResourceFor, matrixResources } from './resources'
export type { MatrixColumnResource, MatrixResourceWhy } from './resources'
