export * from './release-format.js';
