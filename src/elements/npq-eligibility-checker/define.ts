import { defineElement } from '../../internal/define.js';
import { NpqEligibilityChecker } from './npq-eligibility-checker.js';

defineElement('npq-eligibility-checker', NpqEligibilityChecker);

declare global {
  interface HTMLElementTagNameMap {
    'npq-eligibility-checker': NpqEligibilityChecker;
  }
}
