// The AWS catalog's version and date, and the notice for a link made with an older catalog.
import { describe, expect, it } from 'vitest'
import { dismissLinkCatalog, linkCatalog, noteLinkCatalog } from '../../../src/lib/about/link-catalog.svelte'
import {
  CATALOG_VERSION,
  catalogDate,
  catalogLabel,
  catalogNotice,
  compareVersions,
} from '../../../src/lib/about/versions'

describe(catalogDate, () => {
  it('reads the date iam-data stamps into the patch number', () => {
    expect(catalogDate('0.21.202609261')).toBe('2026-09-26')
    expect(catalogDate('0.9.2025011512')).toBe('2025-01-15')
  })

  it('has no date for versions without one, or with an impossible one', () => {
    expect(catalogDate('1.2.3')).toBeUndefined()
    expect(catalogDate('0.21.202613011')).toBeUndefined()
    expect(catalogDate('0.21.202602301')).toBeUndefined()
    expect(catalogDate('')).toBeUndefined()
  })

  it('finds the date of the catalog this app ships', () => {
    expect(CATALOG_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(catalogLabel()).toBe(`${CATALOG_VERSION} (${catalogDate(CATALOG_VERSION)})`)
    expect(catalogDate(CATALOG_VERSION)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe(compareVersions, () => {
  it('compares part by part as numbers', () => {
    expect(compareVersions('0.9.1', '0.21.0')).toBe(-1)
    expect(compareVersions('0.21.202609261', '0.21.202609261')).toBe(0)
    expect(compareVersions('0.21.202610011', '0.21.202609261')).toBe(1)
    expect(compareVersions('1.0', '1.0.0')).toBe(0)
  })
})

describe(catalogNotice, () => {
  it('tells the reader of a link made with an older catalog which versions differ', () => {
    expect(catalogNotice('0.20.202601051', '0.21.202609261')).toEqual({
      made: '0.20.202601051 (2026-01-05)',
      uses: '0.21.202609261 (2026-09-26)',
    })
  })

  it('says nothing for the same or a newer catalog, or a link without one', () => {
    expect(catalogNotice('0.21.202609261', '0.21.202609261')).toBeUndefined()
    expect(catalogNotice('0.22.202701011', '0.21.202609261')).toBeUndefined()
    expect(catalogNotice(undefined, '0.21.202609261')).toBeUndefined()
    expect(catalogNotice('  ', '0.21.202609261')).toBeUndefined()
  })

  it('is what opening a link notes, until the reader dismisses it', () => {
    noteLinkCatalog('0.1.202401011')
    expect(linkCatalog.notice).toEqual({ made: '0.1.202401011 (2024-01-01)', uses: catalogLabel() })
    dismissLinkCatalog()
    expect(linkCatalog.notice).toBeUndefined()
    noteLinkCatalog(CATALOG_VERSION)
    expect(linkCatalog.notice).toBeUndefined()
  })
})
