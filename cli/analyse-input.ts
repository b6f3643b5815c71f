/**
 * The CLI's host for the pipeline: HTML goes through a DOM (linkedom) and the same extraction the
 * extension uses on pages; plain text is split into lines. Then the shared gate and judge.
 */
import { parseHTML } from 'linkedom';
import { judgeArticle, type ArticleVerdicts } from '../lib/analyse/judge-article';
import { articleBlocks } from '../lib/extract/article-blocks';
import { plainTextBlocks } from '../lib/extract/plain-text';
import { pageSample, SAMPLE_CHARS } from '../lib/gate/page-sample';
import type { PackIndex } from '../lib/match/pack-index';

export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  return /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text);
}

/** No article is longer; past this the CLI judges the start only, and says so. */
export const MAX_ANALYSED_CHARS = 2_000_000;

export interface AnalysedInput extends ArticleVerdicts {
  /** The article's blocks of text, as judged (for exporting annotations). */
  blocks: string[];
}

export function analyseInput(name: string, full: string, index: PackIndex, warn: (line: string) => void = () => {}): AnalysedInput {
  const text = full.length > MAX_ANALYSED_CHARS ? full.slice(0, MAX_ANALYSED_CHARS) : full;
  if (text !== full) warn(`${name}: longer than ${MAX_ANALYSED_CHARS} characters; only the first ${MAX_ANALYSED_CHARS} were analysed`);
  let blocks: string[] = [];
  const html = looksLikeHtml(name, text);
  const document = html ? parseHTML(text).document : null;
  const read = () => (blocks = document ? articleBlocks(document).map((b) => b.text) : plainTextBlocks(text));
  const verdicts = judgeArticle(document ? pageSample(document) : text.slice(0, SAMPLE_CHARS), read, index);
  return { ...verdicts, blocks };
}
