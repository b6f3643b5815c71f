/**
 * Pages generated for the end-to-end tests and the bench: a very long page with the story in the
 * middle, an article page from blocks of text, and a long off-topic article.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fixed button that records how late its click handler runs, to tell whether the page stays responsive. */
const PING = `<button id="ping" style="position:fixed;top:8px;right:8px">ping</button>
<script>window.__delays=[];document.getElementById('ping').addEventListener('click',(e)=>window.__delays.push(performance.now()-e.timeStamp));</script>`;

/** 20,000 paragraphs with the story in the middle. */
export function hugePage(): string {
  const filler = (from: number) => Array.from({ length: 10_000 }, (_, i) => `<p>Paragraph ${from + i}: the weather was mild and the market was busy.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North West and Kim Kardashian at the Met Gala | Endless Archive</title></head><body><article><h1>North West and Kim Kardashian at the Met Gala</h1>${filler(0)}<p id="story">North West did not attend the Met Gala.</p><p>Fans claimed North looked terrified outside.</p>${filler(10_000)}</article>${PING}</body></html>`;
}

export function articlePage(title: string, blocks: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${esc(title)}</h1>${blocks.map((b) => `<p>${esc(b)}</p>`).join('\n')}</article>${PING}</body></html>`;
}

const WEATHER = [
  'Heavy rain is expected across North West England from Friday evening.',
  'The Met Office has issued a yellow warning for parts of Cumbria and Lancashire.',
  'Forecasters say up to 40 millimetres could fall on high ground.',
  'Commuters are advised to allow extra time for journeys on Saturday morning.',
  'Rivers in the region are being monitored, and flood defences have been checked.',
  'Temperatures will stay close to the seasonal average, with a brisk westerly wind.',
  'Sunday should bring brighter spells, although showers may linger near the coast.',
];

const CITY = [
  'The city council approved a new budget for road repairs on Tuesday evening.',
  'Councillors debated the plan for three hours before the vote.',
  'Residents had asked for safer crossings near two primary schools.',
  'The work is expected to start in the spring and last eighteen months.',
  'Local businesses welcomed the decision but asked for less disruption at night.',
  'A public meeting about the timetable will be held next month at the library.',
];

/** An ordinary news page that names nothing any pack looks for: most pages a reader opens. */
export function plainNewsPage(words = 1500): string {
  const blocks: string[] = [];
  for (let i = 0; blocks.join(' ').split(/\s+/).length < words; i++) blocks.push(`${CITY[i % CITY.length]} ${CITY[(i + 2) % CITY.length]}`);
  return articlePage('Council approves road repair budget | Local Times', blocks);
}

/** A long news page that shares words with the story ("North West", "Met") but is not it. */
export function offTopicPage(words = 1500): string {
  const blocks: string[] = [];
  for (let i = 0; blocks.join(' ').split(/\s+/).length < words; i++) blocks.push(`${WEATHER[i % WEATHER.length]} ${WEATHER[(i + 3) % WEATHER.length]}`);
  return articlePage('Weather warning for North West England | Regional News', blocks);
}
