import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {ImportDeclaration, Program} from 'estree-jsx';
import {visit} from '../mdast-util/visit';

/**
 * Puts `import Name from 'module'` at the top of the page for every mapped
 * component the page uses, whoever emitted it (this plugin, or one that ran
 * before it such as remark-authoring-examples). MDX resolves a capitalised
 * JSX name from the module scope before the MDXComponents provider, so the
 * component travels in the page's own chunk: a page without tabs never
 * downloads Tabs. These are `mdxjsEsm` nodes with their `estree`, the form
 * Docusaurus's own toc step adds `export const toc` in, so they work in `.md`
 * pages too (which cannot hold ESM written by the author).
 *
 * Names the page already binds (an `.mdx` page importing `Tabs` itself) are
 * left alone: a second declaration would fail the page.
 */
export function importUsedComponents(tree: Root, components: ReadonlyMap<string, string>): void {
  const used = new Set<string>();
  const bound = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && components.has(node.name)) {
      used.add(node.name);
    } else if (node.type === 'mdxjsEsm' && node.data?.estree) {
      for (const name of declaredNames(node.data.estree)) bound.add(name);
    }
  });
  // Sorted, so a page's output does not depend on where a component first appears.
  const imports = [...used].filter((name) => !bound.has(name)).sort().map((name) => importNode(name, components.get(name)!));
  tree.children.unshift(...imports);
}

function importNode(name: string, module: string): MdxjsEsm {
  const declaration: ImportDeclaration = {
    type: 'ImportDeclaration',
    specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
    source: {type: 'Literal', value: module, raw: JSON.stringify(module)},
    attributes: [],
  };
  const estree: Program = {type: 'Program', sourceType: 'module', body: [declaration]};
  return {type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(module)}`, data: {estree}};
}

/** Top-level names a page's own ESM declares (imports, `export const`, functions, classes). */
function declaredNames(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'ImportDeclaration') {
      for (const specifier of declaration.specifiers) names.push(specifier.local.name);
    } else if (declaration.type === 'VariableDeclaration') {
      for (const item of declaration.declarations) if (item.id.type === 'Identifier') names.push(item.id.name);
    } else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      names.push(declaration.id.name);
    }
  }
  return names;
}
