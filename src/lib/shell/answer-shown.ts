// The first answer is on screen: what the page can do without until then (the policy editor's code) waits for it.

let shown: () => void = () => {}
const answer = new Promise<void>((resolve) => (shown = resolve))

/** Says the answer (a decision, or why there is none) is on the page; later calls do nothing. */
export function markAnswerShown(): void {
  shown()
}

/** Resolves once the first answer is on the page and painted (a frame, then a task: the paint came between). */
export function answerPainted(): Promise<void> {
  return answer.then(afterPaint)
}

/** Resolves after the next paint. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0))
    else setTimeout(resolve, 0)
  })
}
