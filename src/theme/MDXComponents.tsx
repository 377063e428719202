import MDXComponentsUntyped from '@theme-original/MDXComponents';
import type {MDXComponentsObject} from '@theme/MDXComponents';
import MkdocsDetails from '@site/src/components/MkdocsDetails';
import CommandBlock from '@site/src/components/CommandBlock';
import OutputBlock from '@site/src/components/OutputBlock';
import CodeAnnotations, {CodeAnnotation} from '@site/src/components/CodeAnnotations';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

// `@theme-original/*` is typed `any`; pin it to the shape the theme documents.
const MDXComponentsOriginal: MDXComponentsObject = MDXComponentsUntyped;

/**
 * Adds the JSX names the remark-mkdocs plugin emits in `.md` pages. They must
 * be registered here: a `.md` page cannot import components, and MDX fails
 * the page on an unknown capitalised element.
 */
const MDXComponents = {
  ...MDXComponentsOriginal,
  MkdocsDetails,
  CommandBlock,
  OutputBlock,
  CodeAnnotations,
  CodeAnnotation,
  Tabs,
  TabItem,
};

export default MDXComponents;
