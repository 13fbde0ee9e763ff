// Lets Node run the project's TypeScript directly (scripts, benchmarks, the TypeORM CLI) with the
// same transform as the tests: swc, CommonJS, legacy decorators with metadata.
const fs = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, tsx: filename.endsWith('.tsx') },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
});

const previous = Module._extensions['.ts'];
Module._extensions['.ts'] = function compileTs(module, filename) {
  if (
    filename.includes(`${require('node:path').sep}node_modules${require('node:path').sep}`) &&
    previous
  ) {
    return previous(module, filename);
  }
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, options(filename));
  module._compile(code, filename);
};
