// The English string fields the engine's results carry beside their messages (`message` beside `messageText`, …),
// for Node callers. The templates are installed where those fields are wanted (in Node, importing src/engine/index.ts
// does it: the command line, the tests, benchmarks), not imported here: the worker and the page word the messages in the reader's
// language through the app's catalogs, so their bundles carry no English templates for fields nobody reads.
import { fillTemplate, type EngineMessage } from './message'

type Templates = Readonly<Record<string, string>>

let installed: Templates | undefined

/** Words every English field from now on with `templates` (see `installEnglish` in english.ts); undefined: none. */
export function setEnglishTemplates(templates: Templates | undefined): void {
  installed = templates
}

/** A message in English from `templates`; an unknown key is shown as itself, and messages inside it are worded too. */
export function wordIn(templates: Templates, m: EngineMessage): string {
  const template = templates[m.key]
  return template === undefined ? m.key : fillTemplate(template, m.params, (inner) => wordIn(templates, inner))
}

/**
 * The English field of a message: worded by the installed templates, or, where none are installed (the worker and
 * the page), the message's key. Nothing may depend on this text: compare messages, never their English.
 */
export function englishField(m: EngineMessage): string {
  return installed ? wordIn(installed, m) : m.key
}
