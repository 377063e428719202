/**
 * TypeScript for a worker thread (the built-HTML guard's and the lessons'
 * first stage): a worker does not inherit the main thread's module loader, so
 * it loads our `.ts` files with jiti, the transpiler Docusaurus loads the site
 * config with (a dependency of @docusaurus/utils, so always installed).
 *
 * `loadTypeScript(__filename)` returns a `require` for paths relative to that file.
 */
const path = require('node:path');

module.exports = function loadTypeScript(filename) {
  const jitiPath = require.resolve('jiti', {paths: [path.dirname(require.resolve('@docusaurus/utils/package.json'))]});
  return require(jitiPath)(filename, {interopDefault: true});
};
