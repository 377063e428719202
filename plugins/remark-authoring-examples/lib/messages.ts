/** `source` of every message this plugin attaches to a file. */
export const SOURCE = 'remark-authoring-examples';

/** Rule ids, and when each is reported (kept in sync with the README). */
export const RULES = {
  'authoring-example-place':
    'An example fence inside a list, block quote or other container, or indented: its content is not the file text line for line, so it is shown as code only.',
} as const;

export type RuleId = keyof typeof RULES;
