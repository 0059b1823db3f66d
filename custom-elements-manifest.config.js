// Generates custom-elements.json from the source: `npm run analyze`.
export default {
  // Elements and their base class: the public, documented surface.
  globs: ['src/elements/**/*.ts', 'src/internal/npq-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the committed manifest; the staleness check must not rewrite it.
  packagejson: false,
  outdir: process.env.CEM_OUTDIR ?? '.',
  plugins: [
    {
      // The base class's generic `emit(name, …)` is not an event of its own; widgets document theirs.
      name: 'npq-public-surface-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer reads files in no fixed order; sort so the committed file is stable.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
            if (declaration.events?.length === 0) delete declaration.events;
            // Private members (`#name`, `@state() private`) are not API: tools reading the manifest
            // (Storybook's controls, editors, JSX types) should show only what a page can use.
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
        }
      },
    },
  ],
};
