/**
 * The part of js-yaml 4's API that `import-mkdocs` and the site's plugins use. js-yaml ships no
 * types and `@types/js-yaml` is not installed; an ambient declaration wins
 * over a package's own types, so this file may stay even if they are added.
 */
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    multi?: boolean;
    resolve?: (data: unknown, tag?: string) => boolean;
    construct?: (data: unknown, tag?: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    extend(types: Type[]): Schema;
  }
  export const DEFAULT_SCHEMA: Schema;
  /** Strings, sequences and mappings only: every scalar as its text. */
  export const FAILSAFE_SCHEMA: Schema;
  export interface LoadOptions {
    filename?: string;
    schema?: Schema;
    json?: boolean;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  export class YAMLException extends Error {
    reason: string;
    mark?: {line: number; column: number; name?: string};
  }
}
