/**
 * Findings as W3C Web Annotations (JSON-LD): one annotation per badged sentence, targeting the page by
 * a TextQuoteSelector (the sentence, with prefix and suffix) and a TextPositionSelector. Positions
 * count characters of the article text as ClaimLens extracts it: its blocks joined by blank lines,
 * the same text `articleText` gives, so a selector re-anchors in the page it came from.
 */
import type { PackIndex } from '../match/pack-index';
import type { Finding } from '../types';
import { capitalise, STANCE_PHRASE } from '../verdict/verdicts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX_CHARS = 32;
export const BLOCK_SEPARATOR = '\n\n';

export function articleText(blocks: string[]): string {
  return blocks.join(BLOCK_SEPARATOR);
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'describing' | 'tagging';
  value: string;
  format: 'text/plain';
  language: 'en';
}

const body = (purpose: TextualBody['purpose'], value: string): TextualBody => ({ type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' });

export interface WebAnnotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  generator: { id: string; type: 'Software'; name: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** A stable id from the page and the sentence's place in it, so an export twice gives the same ids. */
function annotationId(source: string, start: number, claim: string): string {
  let h = 2166136261;
  for (const ch of `${source}|${start}|${claim}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `urn:claimlens:annotation:${h.toString(16).padStart(8, '0')}-${start}`;
}

export function webAnnotations(blocks: string[], findings: Finding[], source: string, index: PackIndex, created = new Date()): WebAnnotation[] {
  const text = articleText(blocks);
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    offsets.push(at);
    at += b.length + BLOCK_SEPARATOR.length;
  }
  const text32 = (s: string) => (s.length > AFFIX_CHARS ? s.slice(s.length - AFFIX_CHARS) : s);
  return findings.map((f) => {
    const start = offsets[f.span.block]! + f.span.start;
    const end = offsets[f.span.block]! + f.span.end;
    const bodies = [body('assessing', f.verdict)];
    for (const m of f.matches) {
      const claim = index.claimById.get(m.claim)!;
      bodies.push(body('describing', `${capitalise(STANCE_PHRASE[m.stance])}: ${claim.statement} (claim ${claim.verdict}; this sentence ${m.verdict})`));
      bodies.push(body('tagging', `${m.pack}/${m.claim}`));
    }
    return {
      '@context': ANNOTATION_CONTEXT,
      id: annotationId(source, start, f.claim),
      type: 'Annotation',
      motivation: 'assessing',
      created: created.toISOString(),
      generator: { id: 'urn:claimlens', type: 'Software', name: 'ClaimLens' },
      body: bodies,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: text.slice(start, end),
            prefix: text32(text.slice(0, start)),
            suffix: text.slice(end, end + AFFIX_CHARS),
          },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    };
  });
}
