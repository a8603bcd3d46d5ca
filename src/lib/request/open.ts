// Opening a request in the playground from another view (an access matrix cell, a step of an escalation path): the
// form takes it and the playground shows its answer and trace.
import type { AppState } from '../state/app.svelte'
import type { RequestDraft } from './draft'

/** What of the app opening a request drives. */
export interface OpenRequestApp {
  question: Pick<AppState['question'], 'setRequest'>
  navigation: Pick<AppState['navigation'], 'show'>
}

/** Puts `request` in the form (the fields it leaves out stay) and shows the playground, which answers it. */
export function openRequest(app: OpenRequestApp, request: Partial<RequestDraft>): void {
  app.question.setRequest(request)
  app.navigation.show('playground')
}
