export * from './version.js';
export * from './previous.js';
export * from './publish.js';
export * from './verify.js';
