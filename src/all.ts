// Defines every element: the CDN bundle's entry. It exports nothing: a page that embeds the
// bundle needs only the tags, and a CDN file cannot drop exports nobody imports (about 1.5 kB
// gzip). The classes and the core API are exported by `npq-widgets` and `npq-widgets/core`.
// The order only decides where each widget's code sits in the bundle: with the checker next to
// the definition schema, gzip finds their shared wording and the file is about 1.4 kB smaller.
import './elements/npq-programmes/define.js';
import './elements/npq-eligibility-checker/define.js';
import './elements/npq-application-status/define.js';
import './elements/npq-programme-finder/define.js';
import './elements/npq-content-explorer/define.js';
