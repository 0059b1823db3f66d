import { defineElement } from '../../internal/define.js';
import { NpqProgrammes } from './npq-programmes.js';

defineElement('npq-programmes', NpqProgrammes);

declare global {
  interface HTMLElementTagNameMap {
    'npq-programmes': NpqProgrammes;
  }
}
