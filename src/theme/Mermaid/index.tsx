import React, {lazy, Suspense, type ReactNode} from 'react';

/**
 * theme-classic's MDXComponents imports `@theme/Mermaid` for every page, so
 * `@docusaurus/theme-mermaid`'s component would ride in the main bundle that
 * every page loads (mermaid itself it already loads lazily). Loaded here only
 * when a page draws a diagram. It renders nothing on the server either way
 * (the SVG is drawn in the browser); the server render waits for the chunk
 * (Docusaurus renders with `onAllReady`), so no streaming script is written.
 */
const Mermaid = lazy(() => import('@theme-original/Mermaid'));

/** `value`: the diagram's source, as Docusaurus's mermaid step passes it. */
export default function LazyMermaid(props: {value: string}): ReactNode {
  return (
    <Suspense fallback={null}>
      <Mermaid {...props} />
    </Suspense>
  );
}
