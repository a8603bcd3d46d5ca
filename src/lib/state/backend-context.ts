import { createContext } from 'svelte'
import type { WorkspaceBackend } from '../store/types'

/**
 * The page's one {@link WorkspaceBackend}, provided by App.svelte next to the app state: the shell uses it for the
 * verbs `AppState` does not carry (rename, delete).
 */
export const [getBackend, setBackend] = createContext<WorkspaceBackend>()
