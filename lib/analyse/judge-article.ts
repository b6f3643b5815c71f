/**
 * The engine's entry point, the same for the extension and the CLI: blocks of article text in,
 * findings (sentence, verdict, claim, stance, where it is) out. A Judge keeps the context between
 * sentences so that blocks can be fed one at a time by a host that yields to the page between them.
 */
import { judgeTopic, type GateResult } from '../gate/topic-gate';
import { matchSentence, newContext, type MatchContext } from '../match/match-sentence';
import type { PackIndex } from '../match/pack-index';
import { splitSentences } from '../segment/sentences';
import type { Finding } from '../types';

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
