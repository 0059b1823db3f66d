// Defines every element: the CDN bundle's entry. It exports nothing: a page that embeds the
// bundle needs only the tags, and a CDN file cannot drop exports nobody imports (about 1.5 kB
// gzip). The classes and the core API are exported by `npq-widgets` and `npq-widgets/core`.
import './elements/npq-programmes/define.js';
import './elements/npq-application-status/define.js';
import './elements/npq-content-explorer/define.js';
import './elements/npq-eligibility-checker/define.js';
import './elements/npq-programme-finder/define.js';
