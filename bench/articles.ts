/**
 * The bench's inputs: the three seed articles as text, and a 1,500-word article made of their
 * paragraphs in turn (the seeds as one long story).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainTextBlocks } from '../lib/extract/plain-text';
import { SEEDS_DIR } from '../scripts/seed-pages';

export interface BenchArticle {
  name: string;
  blocks: string[];
  words: number;
}

const words = (blocks: string[]) => blocks.join(' ').split(/\s+/).filter(Boolean).length;

export function benchArticles(): BenchArticle[] {
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const blocks = plainTextBlocks(readFileSync(join(SEEDS_DIR, f), 'utf8'));
    return { name: f, blocks, words: words(blocks) };
  });
  const pool = seeds.flatMap((s) => s.blocks);
  const long: string[] = [];
  for (let i = 0; words(long) < 1500; i++) long.push(pool[i % pool.length]!);
  return [...seeds, { name: '1,500-word article', blocks: long, words: words(long) }];
}
