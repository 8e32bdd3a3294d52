export * from './suppression.js';
export * from './recoverable.js';
export * from './table.js';
