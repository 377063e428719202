/**
 * Evaluated before prismjs's core (see `prism-instance.ts`): in a browser the
 * core would otherwise highlight every `code.language-*` element of the page
 * by itself once the document loads, rewriting the server-rendered markup
 * under React's feet. `manual` is the switch prismjs reads at that moment.
 */
const host = globalThis as {Prism?: {manual?: boolean}};
if (host.Prism === undefined) host.Prism = {manual: true};
else host.Prism.manual = true;
export {};
