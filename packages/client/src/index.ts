export * from './gql/graphql.js';
export { graphql } from './gql/gql.js';
export * from './error-codes.js';
export * from './hub-error.js';
export * from './fetch.js';
export * from './examples.js';
export { trustedDocuments } from './manifest.js';
