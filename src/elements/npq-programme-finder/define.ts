import { defineElement } from '../../internal/define.js';
import { NpqProgrammeFinder } from './npq-programme-finder.js';

defineElement('npq-programme-finder', NpqProgrammeFinder);

declare global {
  interface HTMLElementTagNameMap {
    'npq-programme-finder': NpqProgrammeFinder;
  }
}
