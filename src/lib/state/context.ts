import { createContext } from 'svelte'
import type { AppState } from './app.svelte'
import type { Playground } from './playground.svelte'

/** The page's one {@link Playground}, provided by App.svelte. */
export const [getPlayground, setPlayground] = createContext<Playground>()

/** The app's one {@link AppState}, provided by App.svelte. */
export const [getApp, setApp] = createContext<AppState>()
