export * from './runtime.js';
export * from './demo.js';
export * from './config.js';
export * from './database.js';
export * from './release/index.js';
export * from './national-demo.js';
export * from './identity-provider.js';
export * from './dev-identity.js';
