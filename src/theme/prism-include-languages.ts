/**
 * Swizzled (Docusaurus's extension point for Prism languages). Docusaurus's
 * version requires every `prism.additionalLanguages` grammar at start-up, in
 * one task; here they join the grammar queue after the bundled grammars they
 * may extend, and load in slices like them (see src/prism/grammar-queue.ts).
 * The grammars register on the global Prism, which is `PrismObject`
 * (src/prism/prism-instance.ts).
 */
import siteConfig from '@generated/docusaurus.config';
import type {PrismLib} from 'prism-react-renderer';
import type {GrammarLoader} from '@site/src/prism/grammar-queue';
import {grammarQueue, Prism} from '@site/src/prism/prism-instance';
import {addPygmentsAliases} from '@site/src/prism/pygments-aliases';

function loadersFor(language: string): GrammarLoader[] {
  // Only the configured languages are bundled (theme-classic narrows this import to them).
  const grammar: GrammarLoader = () =>
    import(/* webpackChunkName: "prism-grammars", webpackMode: "lazy-once" */ `prismjs/components/prism-${language}`);
  // PHP embeds in markup through a helper grammar that is not a language of its own (as Docusaurus does).
  if (language === 'php') {
    return [() => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-markup-templating'), grammar];
  }
  return [grammar];
}

export default function prismIncludeLanguages(_PrismObject: PrismLib): void {
  const {additionalLanguages} = siteConfig.themeConfig.prism as {additionalLanguages: string[]};
  grammarQueue.add(additionalLanguages.flatMap(loadersFor));
  // Last: MkDocs' names for the grammars loaded (```tf is HCL), src/prism/pygments-aliases.ts.
  grammarQueue.add([async () => addPygmentsAliases(Prism)]);
}
