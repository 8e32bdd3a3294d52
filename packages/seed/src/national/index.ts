export * from './totals.js';
export * from './shares.js';
export * from './complaints.js';
export * from './oversight.js';
export * from './accountability.js';
export * from './reporting.js';
