import { createContext } from 'svelte'
import type { AppState } from './app.svelte'

/** The app's one {@link AppState}, provided by App.svelte. */
export const [getApp, setApp] = createContext<AppState>()
