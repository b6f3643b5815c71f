// Bad input to the engine and the command line: a correct answer or a clear message, in bounded
// time, never a crash or a hang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseInput } from '../../cli/analyse-input';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import { matchSentence, newContext } from '../../lib/match/match-sentence';
import type { PackIndex } from '../../lib/match/pack-index';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'claimlens.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-bad-'));
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });

describe('the engine on odd text', () => {
  it('treats every Unicode space and quote mark like the plain ones', () => {
    for (const space of ['\u00a0', '\u2009', '\u202f', '\u3000', '\u2003']) {
      expect(matchSentence(`North${space}West did not attend the Met${space}Gala.`, newContext(index))?.claim, JSON.stringify(space)).toBe('north-did-not-attend');
    }
    for (const [open, close] of [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’']]) {
      expect(matchSentence(`Fans said North looked ${open}scared${close} outside.`, newContext(index))?.claim).toBe('north-looked-scared');
    }
    expect(matchSentence('North didn’t attend the Met Gala.', newContext(index))?.stance).toBe('asserts');
  });

  it('badges nothing in right-to-left text it has no claims for, and does not stumble on it', () => {
    expect(judgeBlocks(['نورث ويست لم تحضر حفل ميت غالا.', 'צפון מערב לא השתתפה.'], index)).toEqual([]);
  });

  it('judges a 100,000-character sentence in bounded time', () => {
    const long = `North West did not attend the Met Gala ${'and the crowd cheered '.repeat(4600)}.`;
    expect(long.length).toBeGreaterThan(100_000);
    const t = performance.now();
    const found = judgeBlocks([long], index);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(found[0]?.claim).toBe('north-did-not-attend');
  });

  it('never throws on random input (fuzz, bounded)', () => {
    const pieces = fc.constantFrom('North', 'West', 'Kim', 'Met Gala', 'not', 'never', '?', ',', '—', '9-year-old', "didn't", 'she', '2022', '\u0000', '\ud800', '😀', ' ', '\n', 'blasted', 'skipped', 'the', '“', '<b>');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const v = matchSentence(text, newContext(index));
      if (v) expect(['corroborated', 'contradicted', 'disputed']).toContain(v.verdict);
      judgeBlocks([text, text], index);
    }), { numRuns: 2000 });
  });
});

describe('the command line on bad input', () => {
  it('refuses text that is not UTF-8 with one line', () => {
    const f = join(tmp, 'latin1.txt');
    writeFileSync(f, Buffer.from([0x4e, 0x6f, 0x72, 0x74, 0x68, 0xe9, 0xff, 0xfe]));
    const r = run(['analyze', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`claimlens: ${f}: not UTF-8 text\n`);
  });

  it('analyses the start of a 10 MB input, says so, and finishes', () => {
    const f = join(tmp, 'huge.txt');
    writeFileSync(f, 'Kim Kardashian and North West at the Met Gala. North West skipped the Met Gala.\n'.repeat(130_000));
    const r = run(['analyze', f, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/longer than 2000000 characters; only the first 2000000 were analysed/);
    expect(JSON.parse(r.stdout).sentences.length).toBeGreaterThan(1000);
  }, 60_000);

  it('reads deeply nested HTML', () => {
    const f = join(tmp, 'nested.html');
    writeFileSync(f, `<html><head><title>North West skipped the Met Gala | Kim Kardashian</title></head><body>${'<div><span>'.repeat(3000)}<p>North West skipped the Met Gala.</p>${'</span></div>'.repeat(3000)}</body></html>`);
    const r = run(['analyze', f, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sentences[0]?.claim).toBe('north-did-not-attend');
  });

  it('analyses nothing and says so for an off-topic page in another script', () => {
    const f = join(tmp, 'rtl.txt');
    writeFileSync(f, 'مرحبا بالعالم\n');
    expect(JSON.parse(run(['analyze', f, '--json']).stdout)).toEqual({ onTopic: false, sentences: [] });
  });
});

describe('analyseInput', () => {
  it('gives an empty answer for whitespace-only HTML bodies', () => {
    expect(analyseInput('x.html', '<html><body>   </body></html>', index).findings).toEqual([]);
  });
});
