export * from './principal.js';
export * from './tokens.js';
export * from './signing-secret.js';
export * from './oidc.js';
