import React, {Children, cloneElement, isValidElement, type ReactElement, type ReactNode} from 'react';
import TabsUntyped from '@theme-original/Tabs';
import type {Props} from '@theme/Tabs';

// `@theme-original/*` is typed `any`; pin it to the shape the theme documents.
const Tabs: (props: Props) => ReactNode = TabsUntyped;

/** A part of a tab's label, as remark-mkdocs writes it (`TabLabelPart` in plugins/remark-mkdocs/lib/boxes/tabs.ts). */
type LabelPart = {text: string; styles?: string[]} | {icon: {viewBox: string; paths: Array<{d: string; fillRule?: 'evenodd' | 'nonzero'; clipRule?: string}>}};

/** The elements a part's text may sit in (`TabLabelStyle`), outermost first; anything else is drawn as plain text. */
const STYLE_ELEMENTS = new Set(['code', 'strong', 'em', 'del', 'mark', 'ins', 'sub', 'sup']);

/**
 * MkDocs tab labels with icons or inline formatting (`=== ":simple-python:
 * Using pip"`, ``=== "`uv`"``) arrive with `labelParts` (JSON) beside their
 * text `label`: Docusaurus's tab list shows a tab's `label` as it is, so the
 * label becomes the text in its elements (`<code>`, `<strong>`…), with each
 * icon drawn where the author put it, as in prose (`<span
 * class="twemoji"><svg>`). The tab's `value`, which links tab sets, stays the
 * text. Every other tab is left as it is.
 */
export default function TabsWrapper(props: Props): ReactNode {
  const children = Children.map(props.children, (child) => {
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<{labelParts?: unknown; label?: ReactNode}>;
    const parts = readParts(element.props.labelParts);
    return parts ? cloneElement(element, {label: <>{groupText(parts).map(renderGroup)}</>, labelParts: undefined}) : child;
  });
  return <Tabs {...props}>{children}</Tabs>;
}

function readParts(value: unknown): LabelPart[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parts = JSON.parse(value) as unknown;
    return Array.isArray(parts) ? (parts as LabelPart[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs of text parts, between icons. A run with formatting is drawn in a `<span>` of its own: the tab is a flex box,
 * whose anonymous items drop the spaces at their edges (`<code>uv</code> (fast)` read "uv(fast)"). Plain text stays
 * as it is beside an icon (the icon's gap is CSS, `.tabs__item > .twemoji`).
 */
type LabelGroup = {icon: Extract<LabelPart, {icon: unknown}>} | {texts: Array<Extract<LabelPart, {text: string}>>};

function groupText(parts: LabelPart[]): LabelGroup[] {
  const groups: LabelGroup[] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if ('icon' in part) groups.push({icon: part});
    else if (last && 'texts' in last) last.texts.push(part);
    else groups.push({texts: [part]});
  }
  return groups;
}

function renderGroup(group: LabelGroup, index: number): ReactNode {
  if ('icon' in group) return renderPart(group.icon, index);
  const texts = group.texts.map(renderPart);
  return group.texts.some((part) => (part.styles ?? []).length > 0) ? <span key={index}>{texts}</span> : <React.Fragment key={index}>{texts}</React.Fragment>;
}

function renderPart(part: LabelPart, index: number): ReactNode {
  if ('text' in part) {
    const styles = (part.styles ?? []).filter((style) => STYLE_ELEMENTS.has(style));
    const text = styles.reduceRight<ReactNode>((inner, style) => React.createElement(style, null, inner), part.text);
    return <React.Fragment key={index}>{text}</React.Fragment>;
  }
  return (
    <span key={index} className="twemoji">
      <svg viewBox={part.icon.viewBox} width="1.125em" height="1.125em" fill="currentColor" aria-hidden="true" focusable="false" style={{verticalAlign: '-0.2em'}}>
        {part.icon.paths.map((path, at) => (
          <path key={at} d={path.d} fillRule={path.fillRule} clipRule={path.clipRule} />
        ))}
      </svg>
    </span>
  );
}
