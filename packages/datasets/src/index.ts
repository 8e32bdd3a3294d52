export * from './release-format.js';
export * from './disclosure/index.js';
export * from './datasets/index.js';
export * from './writers/index.js';
export * from './release/index.js';
export * from './audit-verification.js';
