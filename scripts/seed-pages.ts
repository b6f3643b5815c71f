/**
 * Turns the three seed articles into web pages in the styles of real news sites (a masthead and
 * navigation, a related-links sidebar, share buttons, a comments section, a cookie banner), for the
 * demo and the end-to-end tests. Text is escaped; the seeds' own lines become the article.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainTextBlocks } from '../lib/extract/plain-text';

export const SEEDS_DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'seeds');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Style {
  path: string;
  seed: string;
  site: string;
  css: string;
}

const STYLES: Style[] = [
  {
    path: '/tiktok-fans-story.html', seed: '000_a0430a80c09a9169.txt', site: 'The Daily Glance',
    css: 'body{font-family:Georgia,serif;background:#fff;color:#222;margin:0} .wrap{display:grid;grid-template-columns:1fr 260px;gap:32px;max-width:1060px;margin:0 auto;padding:24px} article p{font-size:19px;line-height:1.65} nav{background:#c2185b;color:#fff;padding:10px 24px} nav a{color:#fff;margin-right:16px} aside{font-size:14px;border-left:1px solid #eee;padding-left:16px}',
  },
  {
    path: '/outburst-story.html', seed: '001_f04e7eea6d9d6701.txt', site: 'CelebBuzz Now',
    css: 'body{font-family:Arial,Helvetica,sans-serif;background:#121212;color:#e6e6e6;margin:0} .wrap{max-width:760px;margin:0 auto;padding:24px} article p{font-size:18px;line-height:1.6} nav{background:#000;padding:12px 24px} nav a{color:#ffd54f;margin-right:16px} aside{display:none} a{color:#90caf9}',
  },
  {
    path: '/careful-report.html', seed: '002_41abcf9c7b5328f8.txt', site: 'Entertainment Wire',
    css: 'body{font-family:"Helvetica Neue",Arial,sans-serif;background:#fafafa;color:#111;margin:0} .wrap{display:grid;grid-template-columns:1fr 280px;gap:40px;max-width:1100px;margin:0 auto;padding:28px} article{background:#fff;padding:28px;border-radius:6px} article p{font-size:18px;line-height:1.7} nav{background:#1a237e;padding:12px 28px} nav a{color:#fff;margin-right:18px} aside{font-size:14px}',
  },
];

function page(style: Style): string {
  const [title, ...paras] = plainTextBlocks(readFileSync(join(SEEDS_DIR, style.seed), 'utf8'));
  const body = paras.map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title!)} | ${style.site}</title>
<meta name="description" content="${esc(paras[0] ?? '')}">
<style>${style.css} .cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px 16px;font:13px sans-serif}</style></head>
<body>
  <nav class="site-nav"><strong>${style.site}</strong> <a href="#">News</a><a href="#">Celebrity</a><a href="#">Fashion</a><a href="#">Met Gala</a></nav>
  <div class="wrap">
    <article>
      <h1>${esc(title!)}</h1>
      <div class="share-buttons"><button>Share</button> <button>Tweet</button></div>
${body}
      <section class="comments" id="comments"><h3>Comments</h3><p>North West blasted Kim at the Met Gala, I saw it!</p><p>North went inside the Met Gala with Kim.</p></section>
    </article>
    <aside class="sidebar related"><h3>Related</h3><ul><li><a href="#">North West Publicly Called Out Kim Kardashian</a></li><li><a href="#">Kim Kardashian's 2022 Met Gala look</a></li></ul></aside>
  </div>
  <div class="cookie cookie-consent">We use cookies. <button>Accept</button></div>
</body></html>`;
}

export function seedPages(): Map<string, string> {
  return new Map(STYLES.map((s) => [s.path, page(s)]));
}

export const SEED_PAGE_PATHS = STYLES.map((s) => s.path);
