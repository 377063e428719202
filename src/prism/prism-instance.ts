import './manual-mode';
import PrismCore from 'prismjs/components/prism-core';
import {GrammarQueue, yieldToBrowser} from './grammar-queue';

/**
 * The one Prism instance of the site: prismjs's core, with grammars added by
 * `grammarQueue` (the bundled ones, then `prism.additionalLanguages`).
 * prismjs's grammar modules add themselves to a free variable `Prism`: in the
 * site's bundles the bundler binds it to this export (plugins/deferred-prism.ts);
 * outside them (the unit tests) it is the global, set here.
 */
export const Prism = PrismCore;
(globalThis as {Prism?: unknown}).Prism = Prism;

/** Servers and tests have no frames to keep: no yielding there. */
export const grammarQueue = new GrammarQueue(typeof window === 'undefined' ? () => Promise.resolve() : yieldToBrowser);
