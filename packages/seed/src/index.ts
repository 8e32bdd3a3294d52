export * from './regions.js';
export * from './english-name.js';
export * from './placeholder-prefectures.js';
export * from './agencies.js';
export * from './officials.js';
export * from './random.js';
export { parseCsv, parseCsvRecords } from './csv.js';
export * from './reporting/index.js';
export * from './oversight/index.js';
