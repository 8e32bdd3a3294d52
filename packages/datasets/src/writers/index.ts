export * from './hash.js';
export * from './cells.js';
export * from './csv.js';
export * from './json.js';
export * from './checksums.js';
export * from './datapackage.js';
export * from './licence.js';
export * from './changelog.js';
