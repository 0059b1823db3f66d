// A web-test-runner plugin that serves React, which ships CommonJS only, to the browser tests as ES
// modules. One esbuild bundle (development build) holds react, react-dom and react-dom/client, so
// the wrappers, react-dom and the tests share one React; each specifier re-exports its part of it.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client'];
const BUNDLE_PATH = '/__react-esm/bundle.js';
const modulePath = (specifier) => `/__react-esm/${specifier}.js`;
const bindingName = (specifier) => specifier.replaceAll(/\W/g, '_');

let bundle;
function bundleText() {
  bundle ??= build({
    stdin: {
      contents: SPECIFIERS.map((specifier) => `export * as ${bindingName(specifier)} from '${specifier}';`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

let exportNames;
/** The names each specifier exports in the development build, read in a separate Node process
 * (React's development build wraps `console` as it loads, which the test runner's console rejects). */
function namesOf(specifier) {
  exportNames ??= JSON.parse(
    execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(SPECIFIERS)}.map((s) => [s, Object.keys(require(s))]))))`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'development' },
    }),
  );
  return exportNames[specifier].filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

/** ES module text re-exporting one specifier's part of the bundle under its own names. */
function reexport(specifier) {
  const names = namesOf(specifier);
  const binding = bindingName(specifier);
  return `import { ${binding} } from '${BUNDLE_PATH}';\nexport default ${binding}.default;\nexport const { ${names.join(', ')} } = ${binding};\n`;
}

export function reactEsmPlugin() {
  return {
    name: 'npq-react-esm',
    resolveImport({ source }) {
      return SPECIFIERS.includes(source) ? modulePath(source) : undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE_PATH) return { body: await bundleText(), type: 'js' };
      const specifier = SPECIFIERS.find((candidate) => context.path === modulePath(candidate));
      return specifier ? { body: reexport(specifier), type: 'js' } : undefined;
    },
  };
}
