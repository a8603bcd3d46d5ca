// What the AWS account importer skipped or changed, as the engine says it (src/engine/messages/import.en.ts); Korean
// has every key. The input's values arrive quoted (`"alice"`), so they stay as written. A document's problem
// (`import.doc.*`) is a predicate put after the field that holds it: `` `PolicyDocument`이(가) 비어 있습니다 ``.

import { IMPORT_EN } from '../../../engine/index'

export const en = IMPORT_EN
