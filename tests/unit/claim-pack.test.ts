// The bundled pack keeps itself honest: it covers the inventory, every claim cites evidence that
// gives its verdict, every pattern parses, and each claim's own examples are judged as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../../cli/pack-store';
import { matchSentence, newContext } from '../../lib/match/match-sentence';
import type { PackSource } from '../../lib/pack/pack-schema';
import { formatProblem, validatePack } from '../../lib/pack/validate-pack';
import { bundledIndex } from '../support/engine';

const INVENTORY_IDS = [
  'north-eldest-child', 'north-age-nine', 'north-accompanied-kim', 'north-did-not-attend', 'north-watched-from-car',
  'north-with-kim-getting-ready', 'kim-walked-carpet', 'age-rule-2018', 'kim-schiaparelli-pearls', 'theme-karl-lagerfeld',
  'kim-first-gala-pregnant', 'north-penelope-chanel', 'penelope-parents', 'ziegler-too-young', 'youngest-guests-before-rule',
  'eilish-youngest-cohost', 'north-left-alone', 'north-looked-scared', 'kim-bad-parent', 'north-made-debut',
  'north-blasted-kim', 'outburst-before-celebrities', 'kim-socialising-ignored-north',
];
const INVENTORY_VERDICT_CONTRADICTED = ['north-made-debut', 'north-blasted-kim', 'outburst-before-celebrities'];
const INVENTORY_VERDICT_DISPUTED = ['north-left-alone', 'north-looked-scared', 'kim-bad-parent', 'kim-socialising-ignored-north'];

const file = bundledPackFiles().find((f) => f.endsWith('north-west-met-gala-2023.json'))!;
const raw = JSON.parse(readFileSync(file, 'utf8')) as PackSource;

describe('bundled claim pack', () => {
  it('is valid', () => {
    const check = validatePack(raw, 'pack.json');
    expect(check.ok ? [] : check.problems.map(formatProblem)).toEqual([]);
  });

  it("covers every claim of the inventory under the inventory's ids and verdicts", () => {
    const byId = new Map(raw.claims.map((c) => [c.id, c]));
    for (const id of INVENTORY_IDS) {
      const want = INVENTORY_VERDICT_CONTRADICTED.includes(id) ? 'contradicted' : INVENTORY_VERDICT_DISPUTED.includes(id) ? 'disputed' : 'corroborated';
      expect(byId.get(id)?.verdict, id).toBe(want);
    }
  });

  it('has unique claim ids and evidence for every claim', () => {
    expect(new Set(raw.claims.map((c) => c.id)).size).toBe(raw.claims.length);
    for (const c of raw.claims) expect(c.evidence.length, c.id).toBeGreaterThan(0);
  });

  it("judges each claim's own examples as their label says", async () => {
    const index = await bundledIndex();
    for (const claim of raw.claims) {
      const target = claim.mirrorOf ?? claim.id;
      for (const [stance, texts] of Object.entries(claim.examples ?? {})) {
        for (const text of texts ?? []) {
          const got = matchSentence(text, newContext(index));
          const want = claim.mirrorOf ? (stance === 'asserts' ? 'denies' : 'asserts') : stance;
          expect(got?.matches.find((m) => m.claim === target)?.stance, `${claim.id}: ${text}`).toBe(want);
        }
      }
    }
  });
});

/** The bundled pack with one edit, validated as `file`: the problems found, formatted. */
function problemsWith(edit: (p: PackSource) => void, file = 'bad.json'): string[] {
  const copy = structuredClone(raw);
  edit(copy);
  const check = validatePack(copy, file);
  return check.ok ? [] : check.problems.map(formatProblem);
}

describe('pack validation refuses a bad pack, naming the claim and the field', () => {
  const variant = (edit: (p: PackSource) => void) => problemsWith(edit);

  it('a corroborated claim with one medium source', () => {
    const problems = variant((p) => {
      const c = p.claims.find((x) => x.id === 'north-age-nine')!;
      c.evidence = [c.evidence[0]!];
    });
    expect(problems).toEqual([expect.stringMatching(/bad\.json: claim "north-age-nine", field "verdict": is "corroborated" but its evidence gives "disputed"/)]);
  });

  it('an unknown verdict', () => {
    const problems = variant((p) => { (p.claims[0] as { verdict: string }).verdict = 'true-ish'; });
    expect(problems[0]).toMatch(/claim "north-eldest-child", field "verdict"/);
  });

  it('a duplicate id, an unknown source, a pattern naming nothing', () => {
    const problems = variant((p) => {
      p.claims[1]!.id = p.claims[0]!.id;
      p.claims[2]!.evidence[0]!.source = 'nowhere';
      p.claims[3]!.patterns.push('@north ~flying');
    });
    expect(problems.join('\n')).toMatch(/field "id": is used by another claim/);
    expect(problems.join('\n')).toMatch(/field "evidence.0.source": names an unknown source "nowhere"/);
    expect(problems.join('\n')).toMatch(/field "patterns.\d+": "@north ~flying" names an unknown entity or concept "~flying"/);
  });

  it('a value slot written wrongly, or a pattern naming a slot or value the pack does not have', () => {
    expect(variant((p) => { p.values!.age!.phrases!.push('years old'); })).toEqual([
      expect.stringMatching(/bad\.json: field "values\.age\.phrases\.\d+": "years old" must hold '#' exactly once/),
    ]);
    expect(variant((p) => { delete p.values!.designer!.choices; }).join('\n')).toMatch(/field "values\.designer\.choices": a name slot needs the values it knows/);
    const named = variant((p) => {
      p.claims.find((c) => c.id === 'north-age-nine')!.patterns.push('*@north =height:9');
      p.claims.find((c) => c.id === 'north-eldest-child')!.patterns.push('*@north =birth-order:fifth');
      p.claims.find((c) => c.id === 'theme-karl-lagerfeld')!.patterns.push('=year:twenty');
    }).join('\n');
    expect(named).toMatch(/claim "north-age-nine", field "patterns\.\d+": "\*@north =height:9" names an unknown value slot "=height"/);
    expect(named).toMatch(/claim "north-eldest-child", field "patterns\.\d+": .* which knows only "eldest", "second"/);
    expect(named).toMatch(/claim "theme-karl-lagerfeld", field "patterns\.\d+": .* gives "twenty" for the year slot "=year", which takes whole numbers/);
  });

  it('markup in a claim', () => {
    const problems = variant((p) => { p.claims[0]!.statement = '<img src=x onerror=alert(1)>'; });
    expect(problems[0]).toMatch(/field "statement": must be plain text/);
  });

  it('a claim without evidence', () => {
    const problems = variant((p) => { p.claims[0]!.evidence = []; });
    expect(problems[0]).toMatch(/field "evidence": every claim cites its evidence/);
  });
});

describe('hostile packs', () => {
  const variant = (edit: (p: PackSource) => void) => problemsWith(edit, 'hostile.json');

  it('refuses chained or circular mirrors', () => {
    const problems = variant((p) => {
      p.claims.find((c) => c.id === 'north-did-not-attend')!.mirrorOf = 'north-made-debut';
    });
    expect(problems.join('\n')).toMatch(/field "mirrorOf": names "north-made-debut", which is itself a mirror/);
  });

  it('refuses script in an alias, a source outlet or a quote', () => {
    expect(variant((p) => { p.entities.north!.aliases.push('<script>alert(1)</script>'); })[0]).toMatch(/field "entities.north.aliases.\d+": must be plain text/);
    expect(variant((p) => { p.sources.eonline!.outlet = 'E! <b>News</b>'; })[0]).toMatch(/field "sources.eonline.outlet": must be plain text/);
    expect(variant((p) => { p.claims[0]!.evidence[0]!.quote = '"><img src=x onerror=alert(1)>'; })[0]).toMatch(/claim "north-eldest-child", field "evidence.0.quote": must be plain text/);
  });

  it('refuses a source address that is not https', () => {
    expect(variant((p) => { p.sources.people!.url = 'javascript:alert(1)'; })[0]).toMatch(/field "sources.people.url"/);
  });

  it('refuses unknown fields (a typo is not silently ignored)', () => {
    expect(variant((p) => { (p.claims[0] as Record<string, unknown>).verdcit = 'corroborated'; })[0]).toBe('hostile.json: claim "north-eldest-child", field "verdcit": is not a field of the pack format');
  });
});
