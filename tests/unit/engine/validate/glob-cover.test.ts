import { describe, expect, it } from 'vitest'
import { arnCovers, arnGlob, covers, glob } from '../../../../src/engine/validate/glob-cover'
import { closest, editDistance } from '../../../../src/engine/validate/suggest'

const c = (b: string, a: string, ignoreCase = false) => covers(glob(b, ignoreCase), glob(a, ignoreCase))
const arn = (b: string, a: string) => arnCovers(arnGlob(b), arnGlob(a))

describe(covers, () => {
  it('finds covers between wildcard patterns', () => {
    expect(c('s3:*', 's3:Get*')).toBe(true)
    expect(c('s3:Get*', 's3:GetObject')).toBe(true)
    expect(c('s3:?et*', 's3:G?t*')).toBe(false)
    expect(c('s3:*Object', 's3:?etObject')).toBe(true)
    expect(c('*a*', '*a*a*')).toBe(true)
  })

  it('never claims a cover that does not hold', () => {
    expect(c('s3:?etObject', 's3:*etObject')).toBe(false)
    expect(c('s3:Get*', 's3:G*')).toBe(false)
    expect(c('s3:GetObject', 's3:getobject')).toBe(false)
    expect(c('s3:GetObject', 's3:getobject', true)).toBe(true)
  })
})

describe(arnCovers, () => {
  it('keeps wildcards within an ARN field', () => {
    expect(arn('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b')).toBe(true)
    expect(arn('arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(true)
    expect(arn('arn:aws:ec2:us-*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(true)
    expect(arn('arn:aws:ec2:*-1', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(false)
  })

  it('never compares values with policy variables, except against `*`', () => {
    expect(arn('arn:aws:s3:::b/*', 'arn:aws:s3:::b/${aws:username}')).toBe(false)
    expect(arn('*', 'arn:aws:s3:::b/${aws:username}')).toBe(true)
  })
})

describe(editDistance, () => {
  it('ignores case and can stop early', () => {
    expect(editDistance('GetObject', 'getobjekt')).toBe(1)
    expect(editDistance('abc', 'xyz')).toBe(3)
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2)
  })
})

describe(closest, () => {
  it('picks the nearest candidate within typo distance, first on ties', () => {
    expect(closest('GetObjekt', ['PutObject', 'GetObject', 'GetObjectAcl'])).toBe('GetObject')
    expect(closest('s4', ['s3', 'sts'])).toBe('s3')
    expect(closest('Frobnicate', ['GetObject'])).toBeUndefined()
  })
})
