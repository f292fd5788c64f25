// Reads an npm tarball (.tgz) into memory: enough of the tar format for what `pnpm pack` and
// `npm pack` write (ustar headers, the ustar name prefix, pax `path` records), with no dependency.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

/** @param {Buffer} buf @param {number} start @param {number} length */
function text(buf, start, length) {
  const raw = buf.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
}

/** @param {Buffer} pax */
function paxPath(pax) {
  // Records are "<length> <key>=<value>\n".
  for (const line of pax.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(line);
    if (match) return match[1];
  }
  return null;
}

/**
 * Files of a tarball by path, without npm's leading `package/` folder.
 * @param {string} file
 * @returns {Map<string, Buffer>}
 */
export function readTarball(file) {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map();
  let offset = 0;
  let nextPath = null;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = text(header, 345, 155);
    const name = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      nextPath = paxPath(body);
      continue;
    }
    if (type === 'g') continue;
    const path = nextPath ?? name;
    nextPath = null;
    if (type === '0' || type === '\0') files.set(path.replace(/^[^/]+\//, ''), Buffer.from(body));
  }
  return files;
}
