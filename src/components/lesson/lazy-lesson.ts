// The lesson pane loads when a lesson opens: most visits never open one.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const lessonPane = new LazyPart(() => import('./LessonPane.svelte'), ['lesson'])
