// The graph canvas's pan and zoom: the view on show, moved by drags, the wheel, keys and buttons, within the zoom
// limits of viewport.ts; which node is labelled, and where its label goes. The canvas measures its box and forwards
// its events here as plain numbers and keys, so all of it is tested in Node.
import type { GraphPicture } from './picture'
import type { PlacedNode } from './picture'
import { fitView, initialView, panBy, toScreen, zoomAt, type Size, type View } from './viewport'

/** How far an arrow key pans (screen pixels), and how much a key or button zooms in (out is the inverse). */
export const PAN_STEP = 80
export const ZOOM_STEP = 1.25
/** A press becomes a drag once it has moved this far (screen pixels). */
export const DRAG_SLOP = 4
/** Half the tooltip's width, as far as it keeps from the sides (pixels); and the room it needs above a node. */
const TIP_HALF = 160
const TIP_ROOM = 90

/** Arrow keys pan the picture the other way: → shows what lies to the right. */
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
}

/** Where the label of the hovered or focused node shows: above it, or below when there is no room above. */
export interface TipPlace {
  /** The screen point it points at (`left` is kept off the sides). */
  left: number
  top: number
  below: boolean
}

/** Pan and zoom of one canvas. */
export class PanZoom {
  /** The canvas box, as measured (zero until the first layout). */
  width = $state(0)
  height = $state(0)
  /** The part of the picture on show. */
  view = $state<View>({ x: 0, y: 0, scale: 1 })
  /** The node the pointer is over or keyboard focus is on. */
  hovered = $state.raw<PlacedNode | undefined>(undefined)

  #picture: Size | undefined
  #shown: Size | undefined
  // Dragging: a press becomes a drag once it moves a few pixels; a drag that ends on a node does not open it.
  #press: { x: number; y: number; id: number } | undefined
  #dragging = false
  #dragged = false

  /** The box, at least one pixel each way (the view's arithmetic divides by it). */
  screen = $derived<Size>({ width: Math.max(1, this.width), height: Math.max(1, this.height) })

  /** Where the hovered node's label goes. */
  tip = $derived.by((): TipPlace | undefined => {
    const node = this.hovered
    if (!node) return undefined
    const top = toScreen(this.view, { x: node.x + node.width / 2, y: node.y })
    const below = top.y < TIP_ROOM
    const at = below ? toScreen(this.view, { x: node.x + node.width / 2, y: node.y + node.height }) : top
    return { left: Math.min(Math.max(at.x, TIP_HALF), this.width - TIP_HALF), top: at.y, below }
  })

  /** Shows `picture`: a new one (another focus, filter or scenario) starts at its first view once the box is measured. */
  show(picture: GraphPicture): void {
    this.#picture = picture
    if (picture !== this.#shown && this.width > 0 && this.height > 0) {
      this.#shown = picture
      this.view = initialView(picture, { width: this.width, height: this.height })
    }
  }

  /** Zooms by `factor` about the middle of the box. */
  zoom = (factor: number): void => {
    this.view = zoomAt(this.view, factor, { x: this.screen.width / 2, y: this.screen.height / 2 })
  }

  /** Zooms in one step about the middle. */
  zoomIn = (): void => this.zoom(ZOOM_STEP)

  /** Zooms out one step about the middle. */
  zoomOut = (): void => this.zoom(1 / ZOOM_STEP)

  /** Shows the whole picture. */
  fit = (): void => {
    if (this.#picture) this.view = fitView(this.#picture, this.screen)
  }

  /** The wheel turned over the screen point `at` (`lines`: the delta counts lines, not pixels). */
  wheel(deltaY: number, lines: boolean, at: { x: number; y: number }): void {
    this.view = zoomAt(this.view, Math.exp(-deltaY * (lines ? 0.05 : 0.0015)), at)
  }

  /** A key pressed on the canvas: arrows pan, + and − zoom, 0 fits. Whether the key was used. */
  key(key: string): boolean {
    const pan = PAN_KEYS[key]
    if (pan) this.view = panBy(this.view, pan[0] * PAN_STEP, pan[1] * PAN_STEP)
    else if (key === '+' || key === '=') this.zoomIn()
    else if (key === '-' || key === '_') this.zoomOut()
    else if (key === '0') this.fit()
    else return false
    return true
  }

  /** The main button went down at a screen point. */
  press(x: number, y: number, pointer: number): void {
    this.#press = { x, y, id: pointer }
    this.#dragging = false
    this.#dragged = false
  }

  /** The pointer moved: past a few pixels the press becomes a drag that pans. True when the drag starts here. */
  move(x: number, y: number, pointer: number): boolean {
    const press = this.#press
    if (!press || pointer !== press.id) return false
    const dx = x - press.x
    const dy = y - press.y
    if (!this.#dragging && Math.hypot(dx, dy) < DRAG_SLOP) return false
    const starts = !this.#dragging
    if (starts) {
      this.#dragging = true
      this.#dragged = true
      this.hovered = undefined
    }
    this.view = panBy(this.view, dx, dy)
    this.#press = { ...press, x, y }
    return starts
  }

  /** The pointer went up (or was cancelled). */
  release(): void {
    this.#press = undefined
    this.#dragging = false
  }

  /** A node was clicked: false when the click ends a drag (it opens nothing), else true. */
  click(): boolean {
    if (!this.#dragged) return true
    this.#dragged = false
    return false
  }

  /** Keyboard focus reached a node: it is labelled, and brought to the middle when it lies outside the box. */
  focus(node: PlacedNode): void {
    this.hovered = node
    const { view, screen } = this
    const a = toScreen(view, { x: node.x, y: node.y })
    const b = toScreen(view, { x: node.x + node.width, y: node.y + node.height })
    if (a.x >= 0 && a.y >= 0 && b.x <= screen.width && b.y <= screen.height) return
    this.view = {
      ...view,
      x: node.x + node.width / 2 - screen.width / (2 * view.scale),
      y: node.y + node.height / 2 - screen.height / (2 * view.scale),
    }
  }
}
