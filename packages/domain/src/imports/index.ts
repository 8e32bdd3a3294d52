// The input shapes of the subgraphs' bulk imports, declared once: the importers take them and the demo
// generator (@dibao/seed) produces them, so the compiler checks that both sides agree.
export * from './registry.js';
export * from './reporting.js';
export * from './oversight.js';
export * from './complaints.js';
export * from './accountability.js';
export * from './bulletins.js';
export * from './monitoring.js';
