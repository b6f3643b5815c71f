/**
 * The engine's entry point, the same for the extension and the CLI: blocks of article text in,
 * findings (sentence, verdict, claim, stance, where it is) out. A Judge keeps the context between
 * sentences so that blocks can be fed one at a time; `judgeInSlices` is the page's loop, which yields
 * to the page between blocks. Never reads or changes the DOM itself: extraction hands it the blocks.
 */
import type { BlockText } from '../extract/text-map';
import { judgeTopic, type GateResult } from '../gate/topic-gate';
import { matchSentence, newContext, type MatchContext } from '../match/match-sentence';
import type { PackIndex } from '../match/pack-index';
import { splitSentences } from '../segment/sentences';
import type { Finding } from '../types';
import { Slicer } from './time-slice';

export class Judge {
  private ctx: MatchContext;
  constructor(readonly index: PackIndex) {
    this.ctx = newContext(index);
  }

  /** Findings for one block, in order; call with blocks in reading order. */
  judgeBlock(text: string, block: number): Finding[] {
    const out: Finding[] = [];
    for (const span of splitSentences(text)) {
      const v = matchSentence(span.text, this.ctx);
      if (v) out.push({ ...v, span: { block, start: span.start, end: span.end, text: span.text } });
    }
    return out;
  }
}

export function judgeBlocks(blocks: string[], index: PackIndex): Finding[] {
  const judge = new Judge(index);
  return blocks.flatMap((text, i) => judge.judgeBlock(text, i));
}

export interface ArticleVerdicts {
  gate: GateResult;
  findings: Finding[];
}

/** Gate, then judge: nothing is judged on a page the gate turns away. */
export function judgeArticle(sample: string, blocks: () => string[], index: PackIndex): ArticleVerdicts {
  const gate = judgeTopic(sample, index.packs.map((p) => ({ pack: p.id, gate: p.gate })));
  return { gate, findings: gate.onTopic ? judgeBlocks(blocks(), index) : [] };
}

/** A finding with the block of page text it was found in, so it can be placed on the page. */
export interface PlacedFinding {
  block: BlockText;
  finding: Finding;
}

export interface JudgedPage {
  items: PlacedFinding[];
  /** Every block's text, in order, as judged (for exports that count characters of the article). */
  texts: string[];
}

/** The page's loop: blocks as extraction yields them, judged one by one, yielding when a slice is used up. */
export async function judgeInSlices(blocks: Iterable<BlockText>, index: PackIndex, slicer = new Slicer()): Promise<JudgedPage> {
  const judge = new Judge(index);
  const items: PlacedFinding[] = [];
  const texts: string[] = [];
  for (const block of blocks) {
    for (const finding of judge.judgeBlock(block.text, texts.length)) items.push({ block, finding });
    texts.push(block.text);
    await slicer.maybeYield();
  }
  slicer.finish();
  return { items, texts };
}
