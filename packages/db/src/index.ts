// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
export * from './embedded/launcher.js';
export * from './embedded/backup.js';
export { locatePostgresBinaries, reachableByOthers } from './embedded/binaries.js';
export * from './data-source.js';
export * from './database-url.js';
export * from './roles.js';
export * from './subgraph-database.js';
export * from './query-counter.js';
export * from './insert-in-chunks.js';
export * from './audit/audit-record.entity.js';
export * from './audit/audit-trail.migration.js';
export * from './audit/append.js';
export * from './audit/verify.js';
export * from './log-safe.js';
export * from './audit/key.js';
export * from './audit/checkpoint.js';
