export * from './gateway.js';
export * from './compose.js';
export * from './subgraphs.js';
export * from './body-limit.js';
export * from './region-directory.js';
export * from './transport-status.js';
export * from './public-limits.js';
