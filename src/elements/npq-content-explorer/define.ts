import { defineElement } from '../../internal/define.js';
import { NpqContentExplorer } from './npq-content-explorer.js';

defineElement('npq-content-explorer', NpqContentExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'npq-content-explorer': NpqContentExplorer;
  }
}
