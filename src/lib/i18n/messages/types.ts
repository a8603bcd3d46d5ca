// The shape every feature catalog's translations share.

/**
 * A translation of an English catalog `E`: every key of `E`, each a string. Used as `ko = { … } satisfies
 * Messages<typeof en>`, so a missing (or unknown) key is a type error rather than English showing through.
 */
export type Messages<E> = { readonly [K in keyof E]: string }
