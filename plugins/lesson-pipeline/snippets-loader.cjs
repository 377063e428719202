/**
 * A loader that runs after Docusaurus's Markdown loader on every `.md`
 * (`enforce: 'post'`) and tells the bundler which files the lesson's text was
 * built from: the files its `--8<--` includes read (and the paths looked for
 * in vain, so creating one rebuilds the lesson). Docusaurus's preprocessor,
 * which expands the includes (plugins/lesson-pipeline/snippets.ts), has no
 * loader context to say so itself; it leaves the list in a registry on
 * `globalThis` (same process), read here by the lesson's path. With the
 * dependencies known, saving an included file under `docusaurus start`
 * recompiles every lesson that includes it. The source passes through.
 *
 * Plain CommonJS: the bundler `require`s loaders itself, without the
 * TypeScript transpiler the site config is loaded with.
 */
module.exports = function snippetDependenciesLoader(source, map) {
  const registry = globalThis[Symbol.for('lessonsaurus.snippetDependencies')];
  const entry = registry && registry.get(this.resourcePath);
  if (entry) {
    for (const file of entry.files) this.addDependency(file);
    if (typeof this.addMissingDependency === 'function') for (const file of entry.missing) this.addMissingDependency(file);
  }
  this.callback(null, source, map);
};
