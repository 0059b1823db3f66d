export * from './views.js';
export * from './areas.js';
export * from './cohorts.js';
export * from './hours.js';
export * from './chart.js';
export * from './stages.js';
