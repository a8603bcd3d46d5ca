// The notice for a link made with an older AWS catalog: set when a link opens, dismissed by the reader.
import { catalogNotice } from './versions'

/** The catalog versions of the link last opened and of this app, while its notice shows. */
export const linkCatalog = $state<{ notice: { made: string; uses: string } | undefined }>({ notice: undefined })

/** A link made with catalog `version` was opened: a notice when it is older than this app's. */
export function noteLinkCatalog(version: string | undefined): void {
  linkCatalog.notice = catalogNotice(version)
}

/** The reader closed the notice. */
export function dismissLinkCatalog(): void {
  linkCatalog.notice = undefined
}
