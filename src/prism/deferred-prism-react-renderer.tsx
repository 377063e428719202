/**
 * What `prism-react-renderer` resolves to in the site's bundles (see
 * `plugins/deferred-prism.ts`): the two names Docusaurus's theme imports from
 * it, `Highlight` (CodeBlock) and `Prism` (its start-up module that adds
 * `prism.additionalLanguages`). The package itself evaluates its ~30 bundled
 * grammars in one block when it is imported, which made it the longest task
 * of a lesson's start-up; here the grammars load in slices after start-up.
 *
 * Until they are all loaded: the server render and the browser's hydration
 * wait (suspend), so the browser builds exactly the tokens the server sent;
 * after hydration, a code block that appears (client-side navigation) shows
 * plain text and is highlighted when the grammars arrive.
 */
import {use, useSyncExternalStore, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {HighlightProps as UpstreamHighlightProps, PrismTheme} from 'prism-react-renderer';
import {bundledGrammarLoaders} from './bundled-grammars';
import {Highlight as HighlightWith} from './highlight';
import {grammarQueue, Prism} from './prism-instance';

grammarQueue.add(bundledGrammarLoaders);

export {Prism};

/** Docusaurus always passes its theme; without one, code is unstyled (prism-react-renderer would pick its own). */
const NO_THEME: PrismTheme = {plain: {}, styles: []};

const subscribe = (listener: () => void) => grammarQueue.subscribe(listener);
const grammarsLoaded = () => grammarQueue.isIdle();

export function Highlight({prism = Prism, theme = NO_THEME, language, code, children}: UpstreamHighlightProps): ReactNode {
  const isBrowser = useIsBrowser();
  const loaded = useSyncExternalStore(subscribe, grammarsLoaded, grammarsLoaded);
  if (!loaded && !isBrowser) use(grammarQueue.idle());
  return (
    <HighlightWith prism={prism} theme={theme} language={language} code={code}>
      {children}
    </HighlightWith>
  );
}
