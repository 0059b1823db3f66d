import { defineElement } from '../../internal/define.js';
import { NpqApplicationStatus } from './npq-application-status.js';

defineElement('npq-application-status', NpqApplicationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'npq-application-status': NpqApplicationStatus;
  }
}
