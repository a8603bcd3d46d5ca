// DOM for tooltips (browser only; the state logic around it is tested without a DOM).

/** The text with its `backticked` parts (AWS names, as the engine and these docs write them) as `<code>`. */
export function renderText(text: string): DocumentFragment {
  const out = document.createDocumentFragment()
  text.split(/(`[^`]*`)/).forEach((part, i) => {
    if (i % 2 === 0) out.append(part)
    else out.appendChild(document.createElement('code')).textContent = part.slice(1, -1)
  })
  return out
}
