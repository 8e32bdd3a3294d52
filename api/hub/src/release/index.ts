export * from './principal.js';
export * from './client.js';
export * from './source.js';
export * from './write-release.js';
export * from './checkpoints.js';
