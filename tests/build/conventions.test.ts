// The project's own conventions, checked on its sources so they hold as it grows: every lib/ module
// says what it is for, lib/ depends on no host or test, the scripts that run in pages never pull in
// zod or compromise, every lib/ folder has tests of its own, and every claim of every bundled pack
// shows how it is stated and how it is denied.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

function sources(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => join(ROOT, dir, f))
    .filter((f) => ext.test(f) && statSync(f).isFile());
}

interface Import {
  specifier: string;
  /** Erased at build time: `import type`, or only `type` names. */
  typeOnly: boolean;
}

/** The modules a file imports or re-exports, statically or with import(). */
function importsOf(file: string): Import[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const onlyTypesNamed = !clause?.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly);
      const typeOnly = clause !== undefined && (clause.isTypeOnly || onlyTypesNamed);
      out.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) out.push({ specifier: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** The file a relative specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`${rel(from)}: cannot resolve ${specifier}`);
}

/** Every package the file's runtime import graph reaches, with the chain of files that reaches it. */
function importGraph(entry: string): { files: Set<string>; packages: Map<string, string[]> } {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file) || !file.endsWith('.ts')) return;
    seen.add(file);
    for (const imp of importsOf(file)) {
      if (imp.typeOnly) continue;
      const target = resolveImport(file, imp.specifier);
      if (target) walk(target, [...chain, rel(target)]);
      else if (!found.has(imp.specifier)) found.set(imp.specifier, chain);
    }
  };
  walk(join(ROOT, entry), [entry]);
  return { files: seen, packages: found };
}

const LIB = sources('lib');

describe('conventions', () => {
  it('every lib/ module opens with a comment saying what it is for', () => {
    const unexplained = LIB.filter((f) => {
      const head = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(f, 'utf8'));
      const prose = head?.[1]!.replace(/^\s*\*/gm, ' ').replace(/\s+/g, ' ').trim() ?? '';
      return prose.length < 60;
    });
    expect(unexplained.map(rel)).toEqual([]);
  });

  it('lib/ never imports the hosts, the scripts or the tests', () => {
    const hosts = ['cli', 'entrypoints', 'scripts', 'tests', 'bench'].map((d) => join(ROOT, d) + sep);
    const bad = LIB.flatMap((f) => importsOf(f)
      .map((imp) => resolveImport(f, imp.specifier))
      .filter((target): target is string => target !== null && hosts.some((h) => target.startsWith(h)))
      .map((target) => `${rel(f)} → ${rel(target)}`));
    expect(bad).toEqual([]);
  });

  it('scripts/ and bench/ never import tests/ (what both need lives in scripts/)', () => {
    const tests = join(ROOT, 'tests') + sep;
    const bad = [...sources('scripts'), ...sources('bench')].flatMap((f) => importsOf(f)
      .map((imp) => resolveImport(f, imp.specifier))
      .filter((target): target is string => target !== null && target.startsWith(tests))
      .map((target) => `${rel(f)} → ${rel(target)}`));
    expect(bad).toEqual([]);
  });

  it.each(['entrypoints/topic-gate.ts', 'entrypoints/imported-gate.ts', 'entrypoints/analyser.ts'])(
    'the page script %s never reaches zod or compromise',
    (entry) => {
      const { files, packages } = importGraph(entry);
      const heavy = [...packages].filter(([pkg]) => /^(zod|compromise)(\/|$)/.test(pkg)).map(([pkg, chain]) => `${pkg} via ${chain.join(' → ')}`);
      expect(heavy).toEqual([]);
      expect(files.size, 'the graph was walked past the entry').toBeGreaterThan(2);
    },
  );

  it('every lib/ folder has tests that import it', () => {
    const folders = [...new Set(LIB.map((f) => dirname(f)).filter((d) => d !== join(ROOT, 'lib')))];
    const tested = new Set(sources('tests').filter((f) => f.endsWith('.test.ts')).flatMap((f) => importsOf(f)
      .map((imp) => resolveImport(f, imp.specifier))
      .filter((target): target is string => target !== null)
      .map((target) => dirname(target))));
    expect(folders.filter((d) => !tested.has(d)).map(rel)).toEqual([]);
    expect(folders.length).toBeGreaterThan(5);
  });

  it('every claim of every bundled pack has an example that asserts it and one that denies it', () => {
    const packs = sources('assets/packs', /\.json$/);
    expect(packs.length).toBeGreaterThan(0);
    const missing = packs.flatMap((file) => {
      const pack = JSON.parse(readFileSync(file, 'utf8')) as { claims: { id: string; examples?: { asserts?: string[]; denies?: string[] } }[] };
      return pack.claims.flatMap((c) => (['asserts', 'denies'] as const)
        .filter((stance) => (c.examples?.[stance]?.length ?? 0) === 0)
        .map((stance) => `${rel(file)}: ${c.id} has no "${stance}" example`));
    });
    expect(missing).toEqual([]);
  });
});
