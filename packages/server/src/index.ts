// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
export * from './errors.js';
export * from './context.js';
export * from './auth-checker.js';
export * from './scope.js';
export * from './vocabulary-types.js';
export * from './connection.js';
export * from './build-subgraph.js';
export * from './format-error.js';
export * from './database-unavailable.js';
export * from './serve.js';
export * from './audit-actor.js';
export * from './subgraph-module.js';
export * from './arguments.js';
export * from './group-by.js';
export * from './supergraph-client.js';
export * from './subtree-connections.js';
