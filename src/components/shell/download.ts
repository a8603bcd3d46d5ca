// Downloads live in src/lib/export; components import them from here too.
export { downloadBlob, downloadText } from '../../lib/export/download'
