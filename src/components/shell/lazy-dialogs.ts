// The dialogs load the first time they are opened.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const galleryDialog = new LazyPart(() => import('../gallery/Gallery.svelte'))
export const shareDialog = new LazyPart(() => import('./ShareDialog.svelte'))
export const aboutDialog = new LazyPart(() => import('../about/AboutDialog.svelte'))
export const awsImportDialog = new LazyPart(() => import('./AwsImportDialog.svelte'), ['import', 'scenario'])
export const courseDialog = new LazyPart(() => import('../lesson/CourseDialog.svelte'), ['lesson'])
export const pasteErrorDialog = new LazyPart(() => import('../request/PasteErrorDialog.svelte'), ['aws'])
/** The workspace menu's contents, loaded when it first opens. */
export const workspaceMenuPanel = new LazyPart(
  () => import('./playground-later').then((m) => ({ default: m.WorkspaceMenuPanel })),
  ['import', 'scenario'],
)
