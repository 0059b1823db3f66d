// The embed builder: a hub pastes, uploads or fetches its definition, sees every problem located
// in the text, previews each widget on the valid parts and copies the snippet for its site.
import { html, nothing, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import '../src/all.js';
import { parseDefinitionText, validateDefinition, type Definition } from '../src/core/definition/validate.js';
import type { DefinitionIssue } from '../src/core/definition/issues.js';
import { toMermaid } from '../src/core/eligibility/mermaid.js';
import { VERSION } from '../src/internal/version.js';

const CDN_URL = `https://cdn.jsdelivr.net/npm/npq-widgets@${VERSION}/dist/cdn/npq-widgets.js`;

type WidgetTag = 'npq-programme-finder' | 'npq-eligibility-checker' | 'npq-content-explorer' | 'npq-application-status';

const WIDGETS: { tag: WidgetTag; label: string; needsProgramme: boolean }[] = [
  { tag: 'npq-programme-finder', label: 'Programme finder', needsProgramme: false },
  { tag: 'npq-eligibility-checker', label: 'Eligibility checker', needsProgramme: false },
  { tag: 'npq-content-explorer', label: 'Content explorer', needsProgramme: true },
  { tag: 'npq-application-status', label: 'Application status', needsProgramme: true },
];

type StatusVariant = 'badge' | 'banner';
const EXPLORER_VIEWS = ['overview', 'areas', 'structure', 'assessment'] as const;

interface BuilderState {
  text: string;
  variant: StatusVariant;
  views: string[];
  headingLevel: string;
  urlState: boolean;
  issues: DefinitionIssue[];
  definition?: Definition;
  widget: WidgetTag;
  programme: string;
  jsonUrl: string;
  fetchUrl: string;
  loadMessage: string;
  copied: boolean;
}

const state: BuilderState = {
  text: '',
  variant: 'banner',
  views: [...EXPLORER_VIEWS],
  headingLevel: '2',
  urlState: false,
  issues: [],
  widget: 'npq-programme-finder',
  programme: '',
  jsonUrl: 'https://www.your-hub.org.uk/npq/programmes.json',
  fetchUrl: '',
  loadMessage: '',
  copied: false,
};

const root = document.querySelector<HTMLElement>('#builder')!;
// Replace the no-JavaScript message; Lit's render appends to what is there.
root.replaceChildren();
let validateTimer: ReturnType<typeof setTimeout> | undefined;

function update(changes: Partial<BuilderState>): void {
  Object.assign(state, changes);
  draw();
}

function validateText(): void {
  const parsed = parseDefinitionText(state.text);
  if (!parsed.ok) {
    update({ issues: [parsed.issue], definition: undefined });
    return;
  }
  const result = validateDefinition(parsed.value);
  const programmes = result.definition?.programmes ?? [];
  const programme = programmes.some((candidate) => candidate.id === state.programme) ? state.programme : (programmes[0]?.id ?? '');
  update({ issues: result.issues, definition: result.definition, programme });
}

function setText(text: string): void {
  state.text = text;
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validateText, 250);
  draw();
}

/** Finds where a JSON Pointer points in the text, so an issue can select it. */
function locate(text: string, path: string): { start: number; end: number } | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  const segments = path
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) {
      // Point at the key too when there is one, so the editor sees which field it is.
      const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return { start, end: node.offset + node.length };
    }
  }
  return undefined;
}

function showIssue(issue: DefinitionIssue): void {
  const textarea = root.querySelector<HTMLTextAreaElement>('#definition-text')!;
  const place = locate(state.text, issue.path);
  textarea.focus();
  if (place) {
    textarea.setSelectionRange(place.start, place.end);
    const line = state.text.slice(0, place.start).split('\n').length;
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }
}

async function loadSample(): Promise<void> {
  const response = await fetch(new URL('./data/programmes.json', location.href));
  setText(await response.text());
  update({ loadMessage: 'Loaded the sample definition.' });
}

async function loadFromUrl(): Promise<void> {
  try {
    const response = await fetch(state.fetchUrl, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    setText(await response.text());
    update({ loadMessage: `Loaded ${state.fetchUrl}.` });
  } catch (error) {
    update({ loadMessage: `Could not load ${state.fetchUrl}: ${error instanceof Error ? error.message : String(error)}. The file must be served with CORS to be read from here.` });
  }
}

async function loadFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  setText(await file.text());
  update({ loadMessage: `Loaded ${file.name}.` });
}

/** The chosen widget's attributes, in the order a hub would read them. */
function widgetAttributes(): [string, string][] {
  const attributes: [string, string][] = [];
  const widget = WIDGETS.find((candidate) => candidate.tag === state.widget)!;
  if (widget.needsProgramme && state.programme) attributes.push(['programme', state.programme]);
  if (state.widget === 'npq-application-status') attributes.push(['variant', state.variant]);
  if (state.widget === 'npq-content-explorer' && state.views.length < EXPLORER_VIEWS.length) attributes.push(['view', state.views.join(' ')]);
  if (state.widget === 'npq-programme-finder' && state.urlState) attributes.push(['url-state', '']);
  if (state.headingLevel !== '2') attributes.push(['heading-level', state.headingLevel]);
  return attributes;
}

function snippet(): string {
  const attributes = widgetAttributes()
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return [
    `<script type="module" src="${CDN_URL}"></script>`,
    `<npq-programmes src="${state.jsonUrl}">`,
    `  <${state.widget}${attributes}></${state.widget}>`,
    `</npq-programmes>`,
  ].join('\n');
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet());
    update({ copied: true });
  } catch {
    root.querySelector<HTMLTextAreaElement>('#snippet')?.select();
  }
}

/** "1 error", "2 errors". */
function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

function renderIssues() {
  const errors = state.issues.filter((issue) => issue.severity === 'error');
  const warnings = state.issues.length - errors.length;
  if (!state.text.trim()) return html`<p class="hint">Paste a definition, upload a file or load the sample to begin.</p>`;
  const programmes = state.definition?.programmes.length ?? 0;
  const summary =
    state.issues.length === 0
      ? `No problems found: ${count(programmes, 'programme')} ${programmes === 1 ? 'is' : 'are'} ready to show.`
      : `${count(errors.length, 'error')} and ${count(warnings, 'warning')}. ${count(programmes, 'programme')} can still be shown.`;
  return html`<div class="issues ${state.issues.length === 0 ? 'clean' : ''}" role="status" aria-live="polite">
    <p><strong>${summary}</strong></p>
    ${state.issues.length > 0
      ? html`<ul>
          ${state.issues.slice(0, 50).map(
            (issue) => html`<li>
              ${issue.severity === 'warning' ? html`<span class="warning-label">Warning: </span>` : nothing}
              <button type="button" class="issue-link" @click=${() => showIssue(issue)}><code>${issue.path || '(file)'}</code></button>:
              expected ${issue.expected}, found ${issue.found}
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

/** The preview is the same element with the same attributes as the snippet. */
function renderPreview() {
  const { definition } = state;
  if (!definition) return html`<p class="hint">The preview appears once the file can be read.</p>`;
  const container = html`<div class="preview" ${ref((element) => element && placeWidget(element as HTMLElement))}></div>`;
  return container;
}

function placeWidget(container: HTMLElement): void {
  let programmes = container.querySelector('npq-programmes');
  if (!programmes) {
    programmes = document.createElement('npq-programmes');
    container.append(programmes);
  }
  programmes.definition = state.definition;
  const wanted = JSON.stringify([state.widget, widgetAttributes()]);
  if (programmes.dataset.widget === wanted) return;
  programmes.dataset.widget = wanted;
  const widget = document.createElement(state.widget);
  for (const [name, value] of widgetAttributes()) widget.setAttribute(name, value);
  if (state.widget === 'npq-eligibility-checker') widget.setAttribute('checker-id', 'builder-preview');
  programmes.replaceChildren(widget);
}

function renderOptions() {
  const update = (changes: Partial<BuilderState>) => {
    Object.assign(state, changes, { copied: false });
    draw();
  };
  return html`${state.widget === 'npq-application-status'
      ? html`<fieldset class="field">
          <legend>Style</legend>
          ${(['badge', 'banner'] as const).map(
            (variant) => html`<label class="inline"
              ><input type="radio" name="variant" .checked=${state.variant === variant} @change=${() => update({ variant })} />
              ${variant === 'badge' ? 'Badge (a tag beside a course name)' : 'Banner (tag, details and next step)'}</label
            >`,
          )}
        </fieldset>`
      : nothing}
    ${state.widget === 'npq-content-explorer'
      ? html`<fieldset class="field">
          <legend>Parts to show</legend>
          ${EXPLORER_VIEWS.map(
            (view) => html`<label class="inline"
              ><input
                type="checkbox"
                .checked=${state.views.includes(view)}
                @change=${(event: Event) => {
                  const checked = (event.target as HTMLInputElement).checked;
                  const views = EXPLORER_VIEWS.filter((candidate) => (candidate === view ? checked : state.views.includes(candidate)));
                  update({ views: views.length > 0 ? views : [...EXPLORER_VIEWS] });
                }}
              />
              ${view}</label
            >`,
          )}
        </fieldset>`
      : nothing}
    ${state.widget === 'npq-programme-finder'
      ? html`<div class="field">
          <label class="inline"
            ><input type="checkbox" .checked=${state.urlState} @change=${(event: Event) => update({ urlState: (event.target as HTMLInputElement).checked })} />
            Keep the search in the page address (shareable links)</label
          >
        </div>`
      : nothing}
    <div class="field">
      <label for="heading-level">Heading level on your page</label>
      <p class="hint" id="heading-level-hint">2 if the widget sits under your page title; deeper if it sits inside a section.</p>
      <select id="heading-level" aria-describedby="heading-level-hint" @change=${(event: Event) => update({ headingLevel: (event.target as HTMLSelectElement).value })}>
        ${['2', '3', '4', '5', '6'].map((level) => html`<option value=${level} ?selected=${level === state.headingLevel}>h${level}</option>`)}
      </select>
    </div>`;
}

function draw(): void {
  const widget = WIDGETS.find((candidate) => candidate.tag === state.widget)!;
  const programmes = state.definition?.programmes ?? [];
  const eligibility = state.definition?.eligibility;
  render(
    html`<div class="builder-grid">
      <section aria-labelledby="definition-heading">
        <h2 id="definition-heading">1. Your definition</h2>
        <div class="field">
          <label for="definition-text">Programme definition (JSON)</label>
          <p class="hint" id="definition-hint">Problems are listed below as you type; select one to jump to it.</p>
          <textarea
            id="definition-text"
            rows="18"
            spellcheck="false"
            aria-describedby="definition-hint"
            .value=${state.text}
            @input=${(event: InputEvent) => setText((event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="row field">
          <button type="button" class="secondary" @click=${() => void loadSample()}>Load the sample</button>
          <div>
            <label for="definition-file">Upload a file</label>
            <input id="definition-file" type="file" accept="application/json,.json" @change=${(event: Event) => void loadFile(event.target as HTMLInputElement)} />
          </div>
        </div>
        <div class="row field">
          <div>
            <label for="definition-url">Or load it from an address</label>
            <input id="definition-url" type="url" size="40" .value=${state.fetchUrl} @input=${(event: InputEvent) => (state.fetchUrl = (event.target as HTMLInputElement).value)} />
          </div>
          <button type="button" class="secondary" @click=${() => void loadFromUrl()}>Load</button>
        </div>
        <p class="hint" role="status">${state.loadMessage}</p>
        <h3>Problems</h3>
        ${renderIssues()}
      </section>
      <section aria-labelledby="widget-heading">
        <h2 id="widget-heading">2. Choose a widget</h2>
        <div class="row field">
          <div>
            <label for="widget-choice">Widget</label>
            <select id="widget-choice" @change=${(event: Event) => update({ widget: (event.target as HTMLSelectElement).value as WidgetTag, copied: false })}>
              ${WIDGETS.map((option) => html`<option value=${option.tag} ?selected=${option.tag === state.widget}>${option.label}</option>`)}
            </select>
          </div>
          ${widget.needsProgramme
            ? html`<div>
                <label for="programme-choice">Programme</label>
                <select id="programme-choice" @change=${(event: Event) => update({ programme: (event.target as HTMLSelectElement).value, copied: false })}>
                  ${programmes.map((programme) => html`<option value=${programme.id} ?selected=${programme.id === state.programme}>${programme.title}</option>`)}
                </select>
              </div>`
            : nothing}
        </div>
        ${renderOptions()}
        <h3>Preview</h3>
        ${renderPreview()}
        <h2>3. Copy the code</h2>
        <div class="field">
          <label for="json-url">Where your definition will be hosted</label>
          <p class="hint">On your own site, or anywhere that serves it with CORS.</p>
          <input id="json-url" type="url" size="40" .value=${state.jsonUrl} @input=${(event: InputEvent) => update({ jsonUrl: (event.target as HTMLInputElement).value, copied: false })} />
        </div>
        <div class="field">
          <label for="snippet">Code for a Custom HTML block (WordPress) or any page</label>
          <textarea id="snippet" rows="5" readonly .value=${snippet()}></textarea>
        </div>
        <div class="row">
          <button type="button" @click=${() => void copySnippet()}>Copy code</button>
          <span role="status">${state.copied ? 'Copied.' : ''}</span>
        </div>
        ${eligibility
          ? html`<h3>Your checker's flow (Mermaid)</h3>
              <p class="hint">Paste into any Mermaid viewer to draw the questions and outcomes for your documentation.</p>
              <pre id="mermaid-flow">${toMermaid(eligibility)}</pre>`
          : nothing}
      </section>
    </div>`,
    root,
  );
}

draw();
