/** The two languages every label in the system is written in. */
export type Locale = 'zh' | 'en';

export interface VocabularyLabel {
  readonly zh: string;
  readonly en: string;
}

/**
 * A closed set of codes, each with a Chinese and an English label. Codes are stored and sent over the wire;
 * labels are only for people, so they can be reworded without a migration.
 */
export type Vocabulary = { readonly [code: string]: VocabularyLabel };

/** The codes of a vocabulary, in the order they were declared (object key order is insertion order). */
export function vocabularyCodes<V extends Vocabulary>(vocab: V): Array<keyof V & string> {
  return Object.keys(vocab) as Array<keyof V & string>;
}

/** The label of one code; throws for a code the vocabulary does not know (callers may be untyped JS). */
export function labelOf<V extends Vocabulary>(vocab: V, code: keyof V & string, locale: Locale): string {
  const label = Object.hasOwn(vocab, code) ? vocab[code] : undefined;
  if (label === undefined) {
    throw new RangeError(`Unknown code ${JSON.stringify(code)}; expected one of ${vocabularyCodes(vocab).join(', ')}`);
  }
  return label[locale];
}

/** `{ CODE: 'CODE', ... }`: the shape TypeScript string enums have, which type-graphql's registerEnumType reads. */
export function enumObjectOf<V extends Vocabulary>(vocab: V): { readonly [K in keyof V & string]: K } {
  const entries = vocabularyCodes(vocab).map((code) => [code, code] as const);
  return Object.freeze(Object.fromEntries(entries)) as { readonly [K in keyof V & string]: K };
}
