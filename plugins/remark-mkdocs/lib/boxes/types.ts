/**
 * The admonition types MkDocs Material styles, with the aliases it maps onto
 * each one (Material's `_admonition.scss`). The first name of each entry is the
 * canonical type: it becomes `theme-admonition-<type>` on the rendered box.
 */
export const MATERIAL_TYPES = {
  note: [],
  abstract: ['summary', 'tldr'],
  info: ['todo'],
  tip: ['hint', 'important'],
  success: ['check', 'done'],
  question: ['help', 'faq'],
  warning: ['caution', 'attention'],
  failure: ['fail', 'missing'],
  danger: ['error'],
  bug: [],
  example: [],
  quote: ['cite'],
} as const satisfies Record<string, readonly string[]>;

export type MaterialType = keyof typeof MATERIAL_TYPES;

/** Rendered for a type nobody declared: Material falls back to its base style. */
export const NEUTRAL_TYPE = 'neutral';

const aliasToCanonical: ReadonlyMap<string, MaterialType> = new Map(
  (Object.entries(MATERIAL_TYPES) as Array<[MaterialType, readonly string[]]>).flatMap(
    ([canonical, aliases]) => [canonical, ...aliases].map((name) => [name, canonical] as const),
  ),
);

/** `caution` → `warning`; `note` → `note`; anything else → undefined. */
export function materialCanonicalType(name: string): MaterialType | undefined {
  return aliasToCanonical.get(name);
}

/** Every word Material knows as a type, canonical names and aliases alike. */
export const MATERIAL_TYPE_NAMES: readonly string[] = [...aliasToCanonical.keys()];
