/** The table "library × scenario → what the kit reads", in Markdown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reading } from './read.js';
import type { Cell } from './run.js';
import type { Scenario } from './scenarios.js';
import { judge, type Grade } from './verdict.js';
import type { ClientUnderTest } from './clients/index.js';

const OUTCOME = { rejected: 'R', unknown: 'U', notSent: 'N', succeeded: 'S' } as const;
const FIELD_NAMES: Readonly<Record<string, string>> = { serverMessage: 'msg' };
const RANK: Readonly<Record<Grade, number>> = { '✓': 0, '≈': 1, '✗': 2 };

const packageDir = fileURLToPath(new URL('..', import.meta.url));

export function versionOf(client: ClientUnderTest): string {
  if (client.packageName.startsWith('node:')) return `Node ${process.versions.node}`;
  const manifest = JSON.parse(
    readFileSync(join(packageDir, 'node_modules', client.packageName, 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

function show(reading: Reading): string {
  return `${reading.code ?? '–'} ${OUTCOME[reading.outcome]} ${reading.product ?? '?'}`;
}

export function cellText(cell: Cell): string {
  const { given, unaided } = judge(cell);
  const grade = RANK[given.grade] >= RANK[unaided.grade] ? given.grade : unaided.grade;
  const problems = [
    ...unaided.problems,
    ...given.problems.filter((p) => !unaided.problems.includes(p)).map((p) => `given: ${p}`),
  ].map((p) => FIELD_NAMES[p] ?? p);
  const dropped = [...new Set([...given.dropped, ...unaided.dropped])];
  const note = grade === '✗' ? ` (${problems.join(', ')})` : grade === '≈' ? ` (no ${dropped.join(', ')})` : '';
  return `${grade} ${show(cell.unaided)}${note}`;
}

export function markdownTable(
  clients: readonly ClientUnderTest[],
  scenarios: readonly Scenario[],
  cells: ReadonlyMap<string, Cell>,
): string {
  const counts: Record<Grade, number> = { '✓': 0, '≈': 0, '✗': 0 };
  const head = `| library | ${scenarios.map((s) => s.label).join(' | ')} |`;
  const rule = `| --- | ${scenarios.map(() => '---').join(' | ')} |`;
  const rows = clients.map((client) => {
    const texts = scenarios.map((scenario) => {
      const cell = cells.get(`${client.id}|${scenario.id}`);
      if (!cell) return '·';
      const text = cellText(cell);
      counts[text.charAt(0) as Grade] += 1;
      return text;
    });
    return `| ${client.id} ${versionOf(client)} | ${texts.join(' | ')} |`;
  });
  const total = counts['✓'] + counts['≈'] + counts['✗'];
  return [head, rule, ...rows, '', `${total} cells: ${counts['✓']} ✓, ${counts['≈']} ≈, ${counts['✗']} ✗.`].join('\n');
}

export const LEGEND = `Each cell is what the kit reads from what the library threw, given no product: code, outcome
(R rejected, U unknown: may have gone through, N not sent), product (? undecided). ✓: the same code,
outcome, variant and exchange's words as the raw answer (with the product given, and without it: the
product found whenever the thrown value carries the request's URL, never a wrong one). ≈: the same as
the raw answer without what the library leaves out of what it throws (named). ✗: worse (what differs;
msg: what the kit shows as the exchange's words). ·: the library cannot make that request.`;
