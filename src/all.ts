// Defines every element: the CDN bundle's entry.
import './elements/npq-programmes/define.js';
import './elements/npq-application-status/define.js';
import './elements/npq-content-explorer/define.js';
import './elements/npq-eligibility-checker/define.js';
import './elements/npq-programme-finder/define.js';

export * from './index.js';
