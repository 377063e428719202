import {useCallback, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Grammar} from 'prismjs';
import type {LineInputProps, LineOutputProps, PrismLib, PrismTheme, RenderProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {lineTokens} from './line-tokens';
import {themeStyles, tokenStyle} from './theme-styles';

export interface HighlightProps {
  prism: PrismLib;
  theme: PrismTheme;
  language: string;
  code: string;
  children: (props: RenderProps) => ReactNode;
}

/**
 * Highlighted code as render props: the component contract of
 * prism-react-renderer's `Highlight`, which Docusaurus's CodeBlock renders
 * through, held to the same output by a differential test. Ours takes the
 * Prism instance it is given and nothing else, so the grammars can be loaded
 * after the page starts (see `grammar-queue.ts`); a language with no grammar
 * (yet) is shown as plain text.
 */
export function Highlight({prism, theme, language: requested, code, children}: HighlightProps): ReactNode {
  const language = requested.toLowerCase();
  const styles = useMemo(() => themeStyles(theme, language), [theme, language]);
  const grammar: Grammar | undefined = prism.languages[language];
  const tokens = useMemo(() => {
    if (!grammar) return lineTokens([code]);
    // Grammars' hooks (markdown's nested code, JS templates) expect this environment.
    const env = {code, grammar, language, tokens: [] as ReturnType<PrismLib['tokenize']>};
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(env.code, env.grammar);
    prism.hooks.run('after-tokenize', env);
    return lineTokens(env.tokens);
  }, [prism, grammar, language, code]);

  const getLineProps = useCallback(
    ({className, style, line: _line, ...rest}: LineInputProps): LineOutputProps => ({
      ...rest,
      className: clsx('token-line', className),
      style: style ? {...styles.plain, ...style} : styles.plain,
    }),
    [styles],
  );
  const getTokenProps = useCallback(
    ({token, className, style, ...rest}: TokenInputProps): TokenOutputProps => {
      const own = tokenStyle(styles, token.types, token.empty !== undefined);
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? {...own, ...style} : own,
      };
    },
    [styles],
  );
  return children({tokens, className: `prism-code language-${language}`, style: styles.root, getLineProps, getTokenProps});
}
