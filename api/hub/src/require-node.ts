/**
 * Imported first by the hub's entry point, so it runs before any other module loads. The scripts (`pnpm start`)
 * run on the Node the project installs as a devDependency; someone who starts `node api/hub/dist/main.js` with an
 * older Node of their own is told what is needed instead of meeting a failure deep inside a dependency.
 */
export const MINIMUM_NODE = [24, 11] as const;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
  console.error(
    `The hub needs Node ${MINIMUM_NODE.join('.')} or newer; this is Node ${process.versions.node}. ` +
      'Start it with `pnpm start`, which runs on the Node 24 the project installs (node_modules/.bin/node), ' +
      'or install Node 24.',
  );
  process.exit(1);
}
