/** @vitest-environment happy-dom */
// Article extraction on a news-like page: the story's blocks, joined across inline elements, with
// navigation, sidebars, comments and forms left out, and offsets that map back to the DOM.
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../lib/extract/article-blocks';
import { pointAfter } from '../../lib/extract/text-map';

describe('article blocks', () => {
  it('joins sentences split across links and emphasis, and skips page furniture', () => {
    document.body.innerHTML = `
      <nav><a href="/">Home</a> North West news</nav>
      <article><h1>North West and the Met Gala</h1>
        <p>North <a href="#">did   not</a>
           <em>attend</em> the gala.</p>
        <aside class="related">North West blasted Kim</aside>
        <form><textarea>North West skipped</textarea></form>
        <div contenteditable="true">North West was there</div>
        <section id="comments"><p>I think North went inside.</p></section>
      </article>`;
    const blocks = articleBlocks(document);
    expect(blocks.map((b) => b.text)).toEqual(['North West and the Met Gala', 'North did not attend the gala.']);
    const p = pointAfter(blocks[1]!, blocks[1]!.text.length)!;
    expect(p.node.data.slice(0, p.offset)).toBe(' the gala.');
  });
});
