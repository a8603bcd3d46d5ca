import { createContext } from 'svelte'
import type { Playground } from './playground.svelte'

/** The page's one {@link Playground}, provided by App.svelte. */
export const [getPlayground, setPlayground] = createContext<Playground>()
