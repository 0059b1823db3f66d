import { css, html, nothing, type TemplateResult } from 'lit';
import type { DefinitionIssue } from '../core/definition/issues.js';
import type { DefinitionState } from './definition-context.js';
import { commonMessages, format } from './messages.js';

const MAX_LISTED_ISSUES = 5;

/** Styles for the loading and error states every widget shares. */
export const definitionStateStyles = css`
  .npq-loading {
    min-block-size: inherit;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_subtle) 25%, var(--_surface) 50%, var(--_subtle) 75%) 0 0 / 200% 100%;
    animation: npq-shimmer 1.5s linear infinite;
    padding: var(--_space-3);
  }
  @keyframes npq-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .npq-load-error {
    border-inline-start: 5px solid var(--_error);
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .npq-load-error p,
  .npq-load-error ul {
    margin: 0 0 var(--_space-2);
  }
  .npq-load-error details {
    margin-block-start: var(--_space-2);
    color: var(--_muted);
  }
  .npq-load-error summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  .npq-load-error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .npq-loading {
      background: Canvas;
      border: 1px solid CanvasText;
    }
  }
`;

/** Loading: the host's fallback content stays visible; assistive technology hears it is busy. */
export function renderLoading(): TemplateResult {
  const text = commonMessages;
  return html`<div class="npq-loading" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${text.loading}</span>
    <slot></slot>
  </div>`;
}

/**
 * Error: a plain message for visitors, the located problems for the site's editor, and the
 * host's fallback content (typically a link to the course page).
 */
export function renderLoadError(state: Extract<DefinitionState, { status: 'error' }>, options: { details: boolean }): TemplateResult {
  const text = commonMessages;
  return html`<div class="npq-load-error" part="error" role="alert">
    <p><strong>${text.loadFailedTitle}</strong></p>
    <p>${text.loadFailedBody}</p>
    <slot></slot>
    ${options.details ? renderEditorDetails(state.message, state.issues) : nothing}
  </div>`;
}

/** The located problems, folded away under "Details for the website editor"; inside an error box. */
export function renderEditorDetails(message: string, issues: readonly DefinitionIssue[]): TemplateResult {
  const text = commonMessages;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  return html`<details>
    <summary>${text.editorDetails}</summary>
    <p>${message}</p>
    ${listed.length > 0
      ? html`<p>${text.editorIssuesIntro}</p>
          <ul>
            ${listed.map((issue) => html`<li><code>${issue.path || '(file)'}</code>: expected ${issue.expected}, found ${issue.found}</li>`)}
            ${more > 0 ? html`<li>${format(text.moreIssues, { count: more })}</li>` : nothing}
          </ul>`
      : nothing}
  </details>`;
}
