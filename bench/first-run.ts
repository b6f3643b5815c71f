/**
 * One analysis in a fresh process, timed from before the engine is imported to the last verdict.
 * Usage: node --import tsx bench/first-run.ts engine|naive ARTICLE-INDEX  (prints milliseconds as JSON)
 */
const t0 = performance.now();
const [mode, which] = process.argv.slice(2);
const { benchArticles } = await import('./articles');
const article = benchArticles()[Number(which)]!;
const { bundledPacks } = await import('../cli/pack-store');
const { buildIndex } = await import('../lib/match/pack-index');
const tRead = performance.now();
const index = buildIndex(await bundledPacks());
if (mode === 'naive') {
  const { naiveIndex, naiveJudge } = await import('./naive-pipeline');
  naiveJudge(article.blocks, naiveIndex(index));
} else {
  const { judgeBlocks } = await import('../lib/analyse/judge-article');
  judgeBlocks(article.blocks, index);
}
const t1 = performance.now();
console.log(JSON.stringify({ total: t1 - t0, afterImports: t1 - tRead }));
