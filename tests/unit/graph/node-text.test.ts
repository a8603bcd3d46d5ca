// How a graph node reads: its kind and name, the tooltip's lines, the path it is reached by in a focused picture,
// and the SVG title that holds them all.
import { describe, expect, it } from 'vitest'
import { graphPicture } from '../../../workers/graph/picture'
import { nodeTexts } from '../../../src/lib/graph/node-text'
import { A, scenario } from '../../helpers/scenario'
import { library } from './support'

describe(nodeTexts, () => {
  const teams = library('company-teams')
  const policy = `policy:arn:aws:iam::${A}:policy/BackendStandard`

  it('describes a node by its kind and name, with its detail and marks as the tooltip’s lines', () => {
    const picture = graphPicture(teams)
    const texts = nodeTexts(picture)
    const user = picture.nodes.find((n) => n.id === `user:${A}/minho`)!
    expect(texts.describe(user)).toBe('User minho')
    expect(texts.lines(user)).toEqual(['User minho', user.detail])
    const ghost = graphPicture(scenario({ users: [{ name: 'alice', groups: ['Ghost'] }] }))
    const external = ghost.nodes.find((n) => n.external)!
    expect(nodeTexts(ghost).lines(external)).toEqual(['Group Ghost', external.detail, 'not defined in the scenario'])
  })

  it('gives the path only in a focused picture, by the names along it', () => {
    const whole = graphPicture(teams)
    expect(nodeTexts(whole).path(whole.nodes.find((n) => n.id === policy)!)).toBeUndefined()
    const focused = graphPicture(teams, { focus: `user:${A}/minho` })
    const texts = nodeTexts(focused)
    const node = focused.nodes.find((n) => n.id === policy)!
    expect(texts.path(node)).toBe('Reaches minho through: minho → BE1 → BackendStandard')
    expect(texts.path(focused.nodes.find((n) => n.id === `user:${A}/minho`)!)).toBeUndefined()
    expect(texts.title(node)).toBe([...texts.lines(node), texts.path(node)].join('\n'))
  })
})
