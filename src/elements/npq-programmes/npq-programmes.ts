import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { DefinitionController } from '../../internal/definition-controller.js';
import { definitionStateStyles, renderLoadError } from '../../internal/definition-views.js';
import { NpqElement, hostStyles } from '../../internal/npq-element.js';
import type { Definition } from '../../core/definition/validate.js';
import { programmesStyles } from './npq-programmes.styles.js';

/**
 * @tagname npq-programmes
 * @summary Loads and validates one programme definition and provides it to every widget inside.
 *
 * @slot - The widgets that share this definition, and any fallback content for visitors.
 * @csspart error - The error message shown when the definition cannot be used.
 *
 * @fires npq-ready - The definition loaded; `detail.programmes` counts the usable programmes.
 * @fires npq-error - The definition could not be loaded or has errors; `detail.issues` locates them.
 */
export class NpqProgrammes extends NpqElement {
  static override styles = [hostStyles, definitionStateStyles, programmesStyles];

  readonly #definitionController = new DefinitionController(this, { provide: true });

  /** URL of the programme definition JSON file (same origin, or served with CORS). */
  @property({ reflect: true }) src?: string;

  /** A programme definition object, instead of `src` or an inline JSON script. */
  @property({ attribute: false }) definition?: unknown;

  /** The validated definition once ready (programmes with errors left out). */
  get validDefinition(): Definition | undefined {
    const { state } = this.#definitionController;
    return state.status === 'ready' ? state.definition : undefined;
  }

  override render() {
    const { state } = this.#definitionController;
    // The error view slots the children too, so fallback content inside stays visible.
    return state.status === 'error' ? renderLoadError(state, { details: true }) : html`<slot></slot>`;
  }
}
