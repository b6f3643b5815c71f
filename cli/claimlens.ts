/**
 * `claimlens`: the ClaimLens pipeline on files. Wires the shared engine to files and standard streams;
 * every judgement is made by lib/, exactly as in the extension.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { webAnnotations } from '../lib/export/web-annotations';
import { buildIndex, type PackIndex } from '../lib/match/pack-index';
import { formatProblem, validatePack } from '../lib/pack/validate-pack';
import { matchSentence, newContext } from '../lib/match/match-sentence';
import type { CompiledPack, Finding } from '../lib/types';
import { claimView, sourcesLine } from '../lib/verdict/claim-view';
import { countsLine, countVerdicts, plural, STANCE_PHRASE, VERDICT_SYMBOL, VERDICT_WORD } from '../lib/verdict/verdicts';
import { analyseInput } from './analyse-input';
import { bundledPacks, checkPackFile, extraPacks, UserError, writeBundled } from './pack-store';
import { readInput } from './read-input';

const USAGE = `usage:
  claimlens analyze FILE.html|FILE.txt|- [--json | --format text|json|annotations] [--pack PACK.json ...]
  claimlens match --jsonl [--pack PACK.json ...]      one sentence per line on standard input
  claimlens pack validate FILE.json
  claimlens pack import CLAIMREVIEW.json --out PACK.json [--id ID] [--title TITLE]
  claimlens pack compile                               compile the bundled packs for the build`;

class UsageError extends Error {}

async function loadIndex(packPaths: string[]): Promise<{ index: PackIndex; packs: CompiledPack[] }> {
  const packs = [...(await bundledPacks()), ...(await extraPacks(packPaths))];
  return { index: buildIndex(packs), packs };
}

function printHuman(name: string, findings: Finding[], onTopic: boolean, why: string, index: PackIndex): void {
  const out = process.stdout;
  if (!onTopic) {
    out.write(`${name}: not a story ClaimLens covers (${why}).\n`);
    return;
  }
  for (const f of findings) {
    const view = claimView(f, index);
    out.write(`${VERDICT_SYMBOL[f.verdict]} ${VERDICT_WORD[f.verdict].toUpperCase()}  ${f.text}\n`);
    out.write(`    ${STANCE_PHRASE[f.stance]}: ${view.statement} [${f.claim}, claim ${view.claimVerdict}]\n`);
    out.write(`    why: in \u201c${view.why.clause}\u201d${view.why.lines.length > 0 ? `; ${view.why.lines.join(' ')}` : ''}\n`);
    out.write(`    ${sourcesLine(view)}\n`);
    for (const other of f.matches.slice(1)) out.write(`    also ${STANCE_PHRASE[other.stance]}: ${other.claim} (${other.verdict})\n`);
  }
  const counts = countsLine(countVerdicts(findings.map((f) => f.verdict)));
  out.write(`\n${name}: ${plural(findings.length, 'sentence')} badged — ${counts}.\n`);
}

async function analyze(args: string[]): Promise<void> {
  const options = { json: { type: 'boolean' }, format: { type: 'string' }, pack: { type: 'string', multiple: true } } as const;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE (or - for standard input)');
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!['text', 'json', 'annotations'].includes(format)) throw new UsageError(`unknown --format "${format}" (text, json or annotations)`);
  const input = await readInput(positionals[0]!);
  const { index } = await loadIndex(values.pack ?? []);
  const { gate, findings, blocks } = analyseInput(input.name, input.text, index, (line) => process.stderr.write(`claimlens: ${line}\n`));
  if (format === 'annotations') {
    const source = input.name === 'standard input' ? 'urn:claimlens:stdin' : pathToFileURL(resolve(input.name)).href;
    process.stdout.write(`${JSON.stringify(webAnnotations(blocks, findings, source, index), null, 2)}\n`);
  } else if (format === 'json') {
    const sentences = findings.map((f) => ({ text: f.text, verdict: f.verdict, claim: f.claim, stance: f.stance, score: f.score, claims: f.matches }));
    process.stdout.write(`${JSON.stringify({ onTopic: gate.onTopic, sentences })}\n`);
  } else {
    printHuman(input.name, findings, gate.onTopic, gate.why, index);
  }
}

async function match(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { jsonl: { type: 'boolean' }, pack: { type: 'string', multiple: true } } });
  if (!values.jsonl) throw new UsageError('match needs --jsonl (one sentence per line in, one JSON object per line out)');
  const { index } = await loadIndex(values.pack ?? []);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    // each line stands alone: no context carries over from the line before
    const v = matchSentence(line.trim(), newContext(index));
    const row = v
      ? { text: line, verdict: v.verdict, claim: v.claim, stance: v.stance, score: v.score }
      : { text: line, verdict: null, claim: null, stance: null, score: null };
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
}

async function pack(args: string[]): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === 'validate') {
    if (rest.length !== 1) throw new UsageError('pack validate takes exactly one FILE');
    const { file, pack } = checkPackFile(rest[0]!);
    process.stdout.write(`${file}: valid — pack "${pack.id}" ${pack.version}, ${plural(pack.claims.length, 'claim')}\n`);
    return;
  }
  if (verb === 'import') {
    const options = { out: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' } } as const;
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options });
    if (positionals.length !== 1 || !values.out) throw new UsageError('pack import takes one FILE and --out PACK.json');
    const input = await readInput(positionals[0]!);
    let json: unknown;
    try {
      json = JSON.parse(input.text);
    } catch (err) {
      throw new UserError(`${input.name}: not valid JSON (${(err as Error).message})`);
    }
    const { importClaimReview, ImportError } = await import('../lib/claimreview/claimreview-pack');
    let result;
    try {
      result = importClaimReview(json, { id: values.id ?? basename(positionals[0]!).replace(/\.[^.]*$/, ''), title: values.title });
    } catch (err) {
      if (err instanceof ImportError) throw new UserError(`${input.name}: ${err.message}`);
      throw err;
    }
    const check = validatePack(result.pack, basename(values.out));
    if (!check.ok) throw new UserError(check.problems.map(formatProblem).join('\n'));
    writeFileSync(values.out, `${JSON.stringify(result.pack, null, 2)}\n`);
    for (const s of result.skipped) process.stderr.write(`claimlens: left out ${s}\n`);
    // the verdicts in the order the file first gives them
    const counts = result.pack.claims.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.verdict]: (acc[c.verdict] ?? 0) + 1 }), {});
    const tally = Object.entries(counts).map(([v, n]) => `${n} ${v}`).join(', ');
    process.stdout.write(`${values.out}: pack "${result.pack.id}" with ${plural(result.pack.claims.length, 'claim')} (${tally})\n`);
    return;
  }
  if (verb === 'compile') {
    const packs = await writeBundled();
    const each = packs.map((p) => `${p.id} (${plural(p.claims.length, 'claim')}, ${plural(p.lexicon.length, 'phrase')})`);
    process.stdout.write(`compiled ${plural(packs.length, 'pack')}: ${each.join(', ')}\n`);
    return;
  }
  throw new UsageError(`unknown pack command "${verb ?? ''}"`);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'analyze' || command === 'analyse') await analyze(args);
    else if (command === 'match') await match(args);
    else if (command === 'pack') await pack(args);
    else if (command === '--help' || command === '-h' || command === 'help') process.stdout.write(`${USAGE}\n`);
    else throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`claimlens: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof UserError) {
      process.stderr.write(`claimlens: ${err.message}\n`);
      return 1;
    }
    if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`claimlens: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`claimlens: internal error: ${(err as Error).message}\n`);
    return 70;
  }
}
