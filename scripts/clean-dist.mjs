// Run by each package's build before tsc: a stale file left in dist by an older build (a renamed
// module, a test that is now excluded) would otherwise end up in the packed tarball.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
