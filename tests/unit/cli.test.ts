// The claimlens command as a shell user meets it: output shapes, exit codes, one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'claimlens.mjs');
const SEED = join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_41abcf9c7b5328f8.txt');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));

describe('claimlens analyze', () => {
  it('--json gives onTopic and the badged sentences in page order', () => {
    const r = run(['analyze', SEED, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.onTopic).toBe(true);
    expect(out.sentences.length).toBeGreaterThan(5);
    expect(Object.keys(out.sentences[0])).toEqual(expect.arrayContaining(['text', 'verdict', 'claim', 'stance', 'score']));
    expect(out.sentences.find((s: { text: string }) => s.text.startsWith("North didn't walk"))).toMatchObject({ verdict: 'corroborated', claim: 'north-did-not-attend' });
  });

  it('prints verdicts, claims and sources for people, then a summary', () => {
    const r = run(['analyze', SEED]);
    expect(r.stdout).toMatch(/✓ CORROBORATED {2}North didn't walk the red carpet/);
    expect(r.stdout).toMatch(/sources: E! News \(2023-05-02\)/);
    expect(r.stdout).toMatch(/sentences badged — \d+ corroborated, \d+ contradicted, \d+ disputed\./);
  });

  it('reads HTML through the same extraction as the extension', () => {
    const f = join(tmp, 'story.html');
    writeFileSync(f, '<html><head><title>North West skips Met Gala | Kim Kardashian</title></head><body><nav>North West blasted Kim at the Met Gala.</nav><article><h1>North West and Kim Kardashian at the Met Gala</h1><p>North <em>didn\'t</em> attend the <a href="#">Met Gala</a>.</p></article></body></html>');
    const out = JSON.parse(run(['analyze', f, '--json']).stdout);
    expect(out.sentences.map((s: { text: string; verdict: string }) => [s.text, s.verdict])).toEqual([["North didn't attend the Met Gala.", 'corroborated']]);
  });

  it('says an off-topic page is off topic and badges nothing', () => {
    const f = join(tmp, 'weather.txt');
    writeFileSync(f, 'Rain is expected across North West England this weekend, the Met Office said.\n');
    expect(JSON.parse(run(['analyze', f, '--json']).stdout)).toEqual({ onTopic: false, sentences: [] });
  });

  it('reads standard input with -', () => {
    const r = run(['analyze', '-', '--json'], 'Kim Kardashian and North West at the Met Gala.\nNorth West skipped the Met Gala.\n');
    expect(JSON.parse(r.stdout).sentences[0].claim).toBe('north-did-not-attend');
  });

  it.each([
    [['analyze', join(tmp, 'missing.txt')], /missing\.txt: no such file/, 1],
    [['analyze', '-'], /standard input: empty input/, 1],
    [['frobnicate'], /unknown command "frobnicate"/, 2],
    [['analyze'], /exactly one FILE/, 2],
  ])('fails clearly: %j', (args, message, code) => {
    const r = run(args as string[], '');
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a binary file with one line', () => {
    const f = join(tmp, 'image.bin');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const r = run(['analyze', f]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`claimlens: ${f}: binary file, not text`]);
  });
});

describe('claimlens match --jsonl', () => {
  it('answers each line in order, null where no claim is stated', () => {
    const r = run(['match', '--jsonl'], 'North did not attend the gala.\nKanye West released a new album.\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { text: 'North did not attend the gala.', verdict: 'corroborated', claim: 'north-did-not-attend', stance: 'asserts', score: expect.any(Number) },
      { text: 'Kanye West released a new album.', verdict: null, claim: null, stance: null, score: null },
    ]);
  });
});

describe('claimlens pack validate', () => {
  it('accepts the bundled pack', () => {
    const r = run(['pack', 'validate', join(import.meta.dirname, '..', '..', 'assets', 'packs', 'north-west-met-gala-2023.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid — pack "north-west-met-gala-2023" 1\.0\.0, 23 claims/);
  });

  it('refuses a malformed pack naming the file and the problem', () => {
    const f = join(tmp, 'broken.json');
    writeFileSync(f, '{"id": "x", ');
    const r = run(['pack', 'validate', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
  });
});

describe('claimlens --pack', () => {
  it('refuses an oversized pack before reading it', () => {
    const f = join(tmp, 'big-pack.json');
    writeFileSync(f, Buffer.alloc(21 * 1024 * 1024, 0x20));
    const r = run(['pack', 'validate', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pack is too large/);
  });

  it('refuses a bad extra pack and leaves the bundled one in use', () => {
    const f = join(tmp, 'bad-pack.json');
    writeFileSync(f, JSON.stringify({ id: 'x', claims: [] }));
    const bad = run(['match', '--jsonl', '--pack', f], 'North did not attend the gala.\n');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad-pack\.json: field "version"/);
    const good = run(['match', '--jsonl'], 'North did not attend the gala.\n');
    expect(JSON.parse(good.stdout).claim).toBe('north-did-not-attend');
  });
});

describe('claimlens pack import and --format annotations', () => {
  const CLAIMREVIEW = join(import.meta.dirname, '..', 'fixtures', 'claimreview');

  it('imports a ClaimReview file into a pack that validates and badges with --pack', () => {
    const out = join(tmp, 'science.json');
    const r = run(['pack', 'import', join(CLAIMREVIEW, 'array-science.json'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/pack "array-science" with 3 claims \(1 corroborated, 1 disputed, 1 contradicted\)/);
    expect(run(['pack', 'validate', out]).status).toBe(0);
    const page = join(tmp, 'everest.txt');
    writeFileSync(page, 'Mount Everest grows by about four millimetres a year, geologists say.\n');
    const analysed = JSON.parse(run(['analyze', page, '--json', '--pack', out]).stdout);
    expect(analysed.sentences).toEqual([expect.objectContaining({ verdict: 'corroborated', claim: expect.stringMatching(/^array-science-mount-everest/) })]);
  });

  it('refuses a file that holds no ClaimReview, with one line', () => {
    const f = join(tmp, 'not-claimreview.json');
    writeFileSync(f, '{"hello": "world"}');
    const r = run(['pack', 'import', f, '--out', join(tmp, 'x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no ClaimReview items found/);
  });

  it('writes Web Annotations for a page with --format annotations', () => {
    const r = run(['analyze', SEED, '--format', 'annotations']);
    expect(r.status).toBe(0);
    const anns = JSON.parse(r.stdout);
    expect(anns.length).toBeGreaterThan(5);
    expect(anns[0]).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { source: expect.stringMatching(/^file:\/\/.*002_41abcf9c7b5328f8\.txt$/) } });
  });
});
