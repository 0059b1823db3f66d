// Defines every element: the CDN bundle's entry.
import './elements/npq-programmes/define.js';

export * from './index.js';
