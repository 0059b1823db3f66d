export * from './definition/schema.js';
export * from './definition/issues.js';
export * from './definition/validate.js';
export * from './definition/load.js';
export * from './safe-url.js';
