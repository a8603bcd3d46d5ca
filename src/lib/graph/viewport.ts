// Pan and zoom of a picture on a screen area: which part of the picture shows (as an SVG viewBox) and how it moves.

/** The part of the picture on show: its top-left corner (picture units) and the zoom (screen pixels per unit). */
export interface View {
  x: number
  y: number
  scale: number
}

/** A width and height. */
export interface Size {
  width: number
  height: number
}

/** The zoom limits: a 500-node picture fits at the smallest, labels are large at the biggest. */
export const MIN_SCALE = 0.02
export const MAX_SCALE = 4

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))

/** The most a fitted picture is enlarged: a small graph reads well a little larger, not blown up. */
export const FIT_MAX_SCALE = 1.25

/** The view that shows the whole picture centred, enlarged at most {@link FIT_MAX_SCALE} times. */
export function fitView(picture: Size, screen: Size): View {
  const scale = clampScale(Math.min(FIT_MAX_SCALE, screen.width / picture.width, screen.height / picture.height))
  return {
    x: (picture.width - screen.width / scale) / 2,
    y: (picture.height - screen.height / scale) / 2,
    scale,
  }
}

/**
 * The first view of a picture: the whole of it when it still reads fitted (zoom at least `readable`); else, at 1:1,
 * its top part, centred across when it is narrower than the screen, else from its left edge.
 */
export function initialView(picture: Size, screen: Size, readable = 0.7): View {
  const fit = fitView(picture, screen)
  if (fit.scale >= readable) return fit
  const x = picture.width < screen.width ? (picture.width - screen.width) / 2 : 0
  return { x, y: 0, scale: 1 }
}

/** The view zoomed by `factor` about the screen point `at` (which stays put), within the zoom limits. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor)
  const px = view.x + at.x / view.scale
  const py = view.y + at.y / view.scale
  return { x: px - at.x / scale, y: py - at.y / scale, scale }
}

/** The view moved by a screen distance (dragging right by `dx` shows what lies to the left). */
export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale }
}

/** The SVG `viewBox` attribute of the view on a screen of this size. */
export function viewBox(view: View, screen: Size): string {
  const r = (n: number) => Math.round(n * 100) / 100
  return `${r(view.x)} ${r(view.y)} ${r(screen.width / view.scale)} ${r(screen.height / view.scale)}`
}

/** Where a picture point lands on the screen. */
export function toScreen(view: View, point: { x: number; y: number }): { x: number; y: number } {
  return { x: (point.x - view.x) * view.scale, y: (point.y - view.y) * view.scale }
}
