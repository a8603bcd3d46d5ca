// The remedy feature's strings. English is the source of truth; Korean follows key by key.

export const en = {} as const

export const ko: Partial<Record<keyof typeof en, string>> = {}
