// Writes the JSX types and the React wrappers of the kit's elements from custom-elements.json
// (`npm run jsx-types`), so a new attribute, property or event reaches them without hand edits:
//   src/jsx.d.ts        props of each tag for any JSX runtime (`npq-widgets/jsx`)
//   src/react/jsx.d.ts  the tags in React 19's JSX.IntrinsicElements (`npq-widgets/react/jsx`)
//   src/react/index.ts  `@lit/react` components with an `on…` prop per event (`npq-widgets/react`)
// Options:
//   --check          fail when a committed file differs from what the manifest generates now
//   --out-dir <dir>  write the two declaration files there instead (the type build puts them in
//                    dist/types; the wrappers are compiled from src like any other module)
// Attribute types come from the manifest when they are plain (string, number, boolean, string
// literals); anything else is typed `string`, as an attribute is. Properties without an attribute
// (`definition`, `messages`) and event details are typed through the classes and `NpqEventDetails`,
// so a renamed field or an undeclared event fails the type check.
// Hand-rolled rather than a generator package: those add prettier (tens of MB) and type events
// from the manifest, where ours have no detail types.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** A JSDoc block at the given indent; a description's `*\/` is escaped so it cannot end the block early. */
function doc(text, indent) {
  const lines = (text ?? '').trim().replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1 && lines[0] === '') return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** The manifest's type when it is a plain union of string, number, boolean and string literals. */
function attributeType(text) {
  const parts = (text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const plain = parts.length > 0 && parts.every((part) => /^(string|number|boolean|'[^'\\]*'|"[^"\\]*")$/.test(part));
  return plain ? parts.join(' | ') : 'string';
}

const isSettableProperty = (member) =>
  member.kind === 'field' && !member.attribute && !member.static && !member.readonly && !member.privacy && !member.name.startsWith('#');

/** `npq-filter-change` → `onNpqFilterChange`, the wrapper's prop for that event. */
const reactEventProp = (eventName) => `on${eventName.replaceAll(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase())}`;

/** `src/elements/x/x.ts` → `elements/x/x.js`, relative to src. */
const sourceModule = (path) => path.replace(/^src\//, '').replace(/\.ts$/, '.js');

function propsInterface(element) {
  const lines = [];
  for (const attribute of element.attributes ?? []) {
    lines.push(doc(attribute.description, '  ') + `  '${attribute.name}'?: ${attributeType(attribute.type?.text)};\n`);
  }
  for (const member of (element.members ?? []).filter(isSettableProperty)) {
    lines.push(doc(member.description, '  ') + `  ${member.name}?: ${element.name}['${member.name}'];\n`);
  }
  for (const event of element.events ?? []) {
    lines.push(doc(event.description, '  ') + `  'on${event.name}'?: (event: CustomEvent<NpqEventDetails['${event.name}']>) => void;\n`);
  }
  return doc(`Attributes, properties and events of \`<${element.tagName}>\`.`, '') + `export interface ${element.name}JsxProps {\n${lines.join('')}}\n`;
}

const classNames = elements.map((element) => element.name);
const GENERATED = 'Generated from custom-elements.json by scripts/generate-jsx-types.js (`npm run jsx-types`): do not edit.';

const jsxTypes = `// ${GENERATED}
// The props of each tag written directly in JSX, for any runtime. Preact, Solid and others add them
// to their own namespace: \`interface IntrinsicElements extends NpqIntrinsicElements {}\`. For
// React 19 import \`npq-widgets/react/jsx\` instead; React 18 and earlier cannot set properties or
// listen to custom events on a tag: use the components from \`npq-widgets/react\` there.
import type { ${[...classNames, 'NpqEventDetails'].join(', ')} } from './index.js';

/** Attributes every JSX runtime passes through to the host element. */
export interface NpqJsxBaseProps {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  dir?: string;
  title?: string;
}

${elements.map(propsInterface).join('\n')}
/** The kit's tags and their props, for a JSX runtime's \`IntrinsicElements\`. */
export interface NpqIntrinsicElements {
${elements.map((element) => `  '${element.tagName}': NpqJsxBaseProps & ${element.name}JsxProps;\n`).join('')}}
`;

const reactJsxTypes = `// ${GENERATED}
// The kit's tags in React 19's JSX, with React's own HTML props (className, style, ref, aria-*):
// \`import type {} from 'npq-widgets/react/jsx';\` once in a React project. React 19 sets
// \`definition\` and \`messages\` as properties and turns \`onnpq-…\` props into listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classNames.join(', ')} } from '../index.js';
import type { ${classNames.map((name) => `${name}JsxProps`).join(', ')} } from '../jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `${doc(element.summary, '      ')}      '${element.tagName}': DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> & ${element.name}JsxProps;\n`).join('')}    }
  }
}
`;

function wrapper(element) {
  const events = (element.events ?? []).map((event) => `    ${reactEventProp(event.name)}: npqEvent('${event.name}'),\n`).join('');
  return `${doc(element.summary, '')}export const ${element.name} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  elementClass: ${element.name}Element,
  events: {
${events}  },
  displayName: '${element.name}',
});
`;
}

const reactWrappers = `// ${GENERATED}
// React components for the kit's elements (\`npq-widgets/react\`), for React 17 and later. Importing
// this module defines the elements. Each component sets \`definition\` and \`messages\` as
// properties and calls its \`on…\` props for the element's events (\`onNpqError\` for \`npq-error\`),
// which React 18 and earlier cannot do for a custom element by themselves.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
${elements.map((element) => `import '../${join(dirname(sourceModule(element.modulePath)), 'define.js')}';\n`).join('')}${elements
  .map((element) => `import { ${element.name} as ${element.name}Element } from '../${sourceModule(element.modulePath)}';\n`)
  .join('')}import type { NpqEventDetails } from '../internal/events.js';

/** Names a kit event so its \`on…\` prop receives a \`CustomEvent\` with the right \`detail\` type. */
const npqEvent = <Name extends keyof NpqEventDetails>(name: Name) => name as EventName<CustomEvent<NpqEventDetails[Name]>>;

${elements.map(wrapper).join('\n')}`;

const outputs = [
  { committed: 'src/jsx.d.ts', built: 'jsx.d.ts', source: jsxTypes },
  { committed: 'src/react/jsx.d.ts', built: 'react/jsx.d.ts', source: reactJsxTypes },
  { committed: 'src/react/index.ts', source: reactWrappers },
];

const args = process.argv.slice(2);
if (args.includes('--check')) {
  const stale = outputs.filter(({ committed, source }) => readFileSync(committed, 'utf8') !== source);
  if (stale.length > 0) {
    console.error(`${stale.map(({ committed }) => committed).join(', ')} stale: run \`npm run jsx-types\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${outputs.map(({ committed }) => committed).join(', ')} match custom-elements.json`);
} else {
  const outDirIndex = args.indexOf('--out-dir');
  const outDir = outDirIndex === -1 ? undefined : args[outDirIndex + 1];
  if (outDirIndex !== -1 && !outDir) {
    console.error('--out-dir needs a folder');
    process.exit(1);
  }
  const written = outDir
    ? outputs.filter(({ built }) => built).map(({ built, source }) => ({ file: join(outDir, built), source }))
    : outputs.map(({ committed, source }) => ({ file: committed, source }));
  for (const { file, source } of written) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source);
  }
  console.log(`wrote ${written.map(({ file }) => file).join(', ')} (${elements.length} elements)`);
}
