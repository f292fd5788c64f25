// The frameworks' apps share one npm install in the folder above (the tarballs, React, Next.js):
// Turbopack resolves modules only inside its root, so the root is that folder.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export default { turbopack: { root }, outputFileTracingRoot: root };
