// The `meta` store's verbs: small app-wide values (see MetaValues).
import { commit, type MetaValues, type PlaygroundDatabase } from './db'

/** A meta value; `undefined` when it was never set. */
export async function getMeta<K extends keyof MetaValues>(
  db: PlaygroundDatabase,
  key: K,
): Promise<MetaValues[K] | undefined> {
  return (await db.get('meta', key)) as MetaValues[K] | undefined
}

/** Sets a meta value. */
export async function setMeta<K extends keyof MetaValues>(
  db: PlaygroundDatabase,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  const tx = db.transaction('meta', 'readwrite')
  await commit(tx, tx.store.put(value, key))
}

/** Every meta entry, for moving them into memory when storage stops working. */
export async function allMeta(db: PlaygroundDatabase): Promise<Map<string, unknown>> {
  const tx = db.transaction('meta')
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done])
  return new Map(keys.map((k, i) => [k, values[i]]))
}
