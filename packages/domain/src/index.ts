export * from './vocabulary.js';
export * from './region-level.js';
export * from './agency-kind.js';
export * from './problem-category.js';
export * from './cadre-level.js';
export * from './role.js';
export * from './error-code.js';
export * from './region-code.js';
