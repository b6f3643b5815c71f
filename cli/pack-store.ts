/**
 * Claim packs on disk, for the CLI, the tests, the bench and the extension build: reads, validates and
 * compiles them, and keeps the compiled bundled packs in .generated/ so a run pays compromise's cost
 * only when a pack has changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledPack } from '../lib/types';
import { formatProblem, validatePack } from '../lib/pack/validate-pack';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_DIR = join(ROOT, 'assets', 'packs');
export const GENERATED_DIR = join(ROOT, '.generated');
const COMPILED_FILE = join(GENERATED_DIR, 'packs.json');
const GATES_FILE = join(GENERATED_DIR, 'gates.json');
const SUMMARY_FILE = join(GENERATED_DIR, 'pack-summary.json');

/** A pack larger than this is refused before parsing. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

export class UserError extends Error {}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

interface PackText {
  file: string;
  text: string;
}

function readPackText(path: string): PackText {
  if (!existsSync(path)) throw new UserError(`${path}: no such file`);
  const buf = readFileSync(path);
  if (buf.length > MAX_PACK_BYTES) throw new UserError(`${path}: pack is too large (${buf.length} bytes; at most ${MAX_PACK_BYTES})`);
  return { file: basename(path), text: buf.toString('utf8') };
}

function parseJson({ file, text }: PackText): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** Validates a pack file; throws a UserError listing every problem. */
export function checkPackFile(path: string) {
  const pt = readPackText(path);
  const check = validatePack(parseJson(pt), pt.file);
  if (!check.ok) throw new UserError(check.problems.map(formatProblem).join('\n'));
  return { ...pt, pack: check.pack };
}

async function compile(path: string): Promise<CompiledPack> {
  const { text, pack } = checkPackFile(path);
  const { compilePack } = await import('../lib/pack/compile-pack');
  return compilePack(pack, hash(text));
}

export function bundledPackFiles(): string[] {
  return readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => join(BUNDLED_DIR, f));
}

function readCache(): CompiledPack[] {
  try {
    return JSON.parse(readFileSync(COMPILED_FILE, 'utf8')) as CompiledPack[];
  } catch {
    return [];
  }
}

/** The bundled packs, compiled: from the cache when every pack is unchanged, else compiled afresh. */
export async function bundledPacks(): Promise<CompiledPack[]> {
  const files = bundledPackFiles();
  const cache = readCache();
  const hashes = files.map((f) => hash(readFileSync(f, 'utf8')));
  const fresh = cache.length === files.length && cache.every((p, i) => p.sourceHash === hashes[i]);
  if (fresh && existsSync(GATES_FILE) && existsSync(SUMMARY_FILE)) return cache;
  return writeBundled();
}

/** Compiles the bundled packs into .generated/ (packs for the analyser, gates for the page gate). */
export async function writeBundled(): Promise<CompiledPack[]> {
  const packs: CompiledPack[] = [];
  for (const f of bundledPackFiles()) packs.push(await compile(f));
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(COMPILED_FILE, JSON.stringify(packs));
  writeFileSync(GATES_FILE, JSON.stringify(packs.map((p) => ({ pack: p.id, gate: p.gate }))));
  writeFileSync(SUMMARY_FILE, JSON.stringify(packs.map((p) => ({ id: p.id, title: p.title, version: p.version, claims: p.claims.length }))));
  return packs;
}

/** Extra packs named on the command line, compiled (no cache: they are the user's). */
export async function extraPacks(paths: string[]): Promise<CompiledPack[]> {
  const out: CompiledPack[] = [];
  for (const p of paths) out.push(await compile(p));
  return out;
}
