// @vitest-environment node
/**
 * Client boundaries in the built package (issue #22): what a React Server Components bundler (Next.js,
 * React Router's RSC mode, Parcel) sees in dist/. Every module that uses React starts with
 * `'use client'`, so the bundler stops there and hands server code a client reference instead of
 * evaluating it (the error boundary's `class extends Component` threw in Next's server layer). The
 * entry itself has no directive: server code that imports `registerCatalogs`, `showError`, the store
 * or the types gets the real functions, and nothing it reaches on the way pulls React in.
 *
 * Reads the files the build wrote (`pnpm build` runs before this package's tests), parsed with
 * TypeScript: the directive must be the first statement, not just somewhere in the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const REACT = /^(react|react-dom|react-i18next)(\/.*)?$/;

interface Built {
  readonly file: string;
  readonly client: boolean;
  readonly react: readonly string[];
  /** Relative modules it imports or re-exports statically (evaluated with it). */
  readonly imports: readonly string[];
  /** Of those, the ones it imports bindings from (not only re-exports): it may call them as it loads. */
  readonly uses: readonly string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

function parse(file: string): Built {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const first = source.statements[0];
  const client =
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === 'use client';
  const react: string[] = [];
  const imports: string[] = [];
  const uses: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    // `import type` is gone from the built files; `export type` re-exports are too.
    if (specifier === null) continue;
    if (REACT.test(specifier)) react.push(specifier);
    else if (specifier.startsWith('.')) {
      imports.push(resolve(dirname(file), specifier));
      if (ts.isImportDeclaration(statement)) uses.push(resolve(dirname(file), specifier));
    }
  }
  return { file, client, react, imports, uses };
}

const modules = new Map(filesUnder(dist).map((file) => [file, parse(file)]));
const name = (file: string) => relative(dist, file);

/** What a server-components bundler evaluates from `entry`: everything up to a client boundary. */
function serverGraph(entry: string): Built[] {
  const seen = new Map<string, Built>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const built = modules.get(file);
    if (!built) throw new Error(`${name(file)} is imported but not built`);
    seen.set(file, built);
    if (!built.client) for (const next of built.imports) visit(next);
  };
  visit(entry);
  return [...seen.values()];
}

describe('client boundaries in dist/', () => {
  it('every built module that uses React starts with the use client directive', () => {
    const usesReact = [...modules.values()].filter((m) => m.react.length > 0);
    // The components, the hooks, the context, the lazy chunks' loader: a few dozen, never none.
    expect(usesReact.length).toBeGreaterThan(20);
    const missing = usesReact.filter((m) => !m.client).map((m) => `${name(m.file)} (imports ${m.react.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('the entry has no directive, and what server code evaluates of it imports no React', () => {
    const entry = join(dist, 'index.js');
    expect(modules.get(entry)?.client).toBe(false);
    const graph = serverGraph(entry);
    const evaluated = graph.filter((m) => !m.client);
    const pulling = evaluated.filter((m) => m.react.length > 0).map((m) => name(m.file));
    expect(pulling).toEqual([]);
    // A server module may re-export a component (the bundler hands on its reference), never import
    // one to use: a client reference called while the module loads throws on the server.
    const calling = evaluated.flatMap((m) =>
      m.uses.filter((file) => modules.get(file)?.client).map((file) => `${name(m.file)} uses ${name(file)}`),
    );
    expect(calling).toEqual([]);
    // The framework-free parts are real modules there, the components client references.
    const names = new Set(evaluated.map((m) => name(m.file)));
    for (const file of [
      'catalogs/registry.js',
      'store/showError.js',
      'store/createErrorStore.js',
      'request/redact.js',
      'i18n/uiStrings.js',
    ])
      expect(names, file).toContain(file);
    const boundaries = graph.filter((m) => m.client).map((m) => name(m.file));
    for (const file of [
      'ErrorToaster/ErrorToaster.js',
      'ErrorToast/ErrorToast.js',
      'ErrorDetails/ErrorDetails.js',
      'store/hooks.js',
    ])
      expect(boundaries).toContain(file);
    // The class component that broke `next build` is never reached from server code.
    expect([...names, ...boundaries]).not.toContain('boundary/ErrorBoundary.js');
  });

  it('a module without the directive that imports React is caught (the check can fail)', () => {
    const fake: Built = { file: join(dist, 'fake.js'), client: false, react: ['react'], imports: [], uses: [] };
    modules.set(fake.file, fake);
    modules.set(join(dist, 'index.js'), {
      ...(modules.get(join(dist, 'index.js')) as Built),
      imports: [...(modules.get(join(dist, 'index.js')) as Built).imports, fake.file],
    });
    try {
      const pulling = serverGraph(join(dist, 'index.js')).filter((m) => !m.client && m.react.length > 0);
      expect(pulling.map((m) => name(m.file))).toEqual(['fake.js']);
    } finally {
      modules.delete(fake.file);
      modules.set(join(dist, 'index.js'), parse(join(dist, 'index.js')));
    }
  });
});
