/**
 * Styles for the badge and its evidence card, scoped to their shadow root so the page's CSS cannot
 * reach them and ours cannot leak. Colour is never the only signal: each verdict has its own symbol
 * and word. Two palettes, picked by the page's own light or dark background.
 */
export const BADGE_CSS = `
:host { all: initial; display: inline; position: relative; }
.badge {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 0.25em;
  margin: 0 0.15em 0 0.3em; padding: 0.05em 0.45em; border-radius: 999px; border: 1px solid;
  font: 600 0.72rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0.01em;
  vertical-align: 0.12em; cursor: pointer; white-space: nowrap;
}
.badge:focus-visible { outline: 2px solid var(--ring); outline-offset: 2px; }
.badge .sym { font-weight: 800; }
.badge[data-verdict="corroborated"] { color: var(--ok-fg); background: var(--ok-bg); border-color: var(--ok-line); }
.badge[data-verdict="contradicted"] { color: var(--bad-fg); background: var(--bad-bg); border-color: var(--bad-line); border-radius: 3px; }
.badge[data-verdict="disputed"] { color: var(--mid-fg); background: var(--mid-bg); border-color: var(--mid-line); border-style: dashed; }
.card {
  position: fixed; inset: auto; margin: 0; box-sizing: border-box; width: min(26rem, calc(100vw - 16px));
  max-height: min(70vh, 32rem); overflow: auto; padding: 0.9rem 1rem; border-radius: 10px;
  border: 1px solid var(--line); background: var(--card); color: var(--text);
  box-shadow: 0 10px 30px rgba(0,0,0,0.25); font: 400 0.9rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.card h2 { display: flex; align-items: center; gap: 0.5rem; margin: 0 0 0.5rem; font-size: 1rem; }
.card h2 .badge { margin: 0; cursor: default; }
.card .close { all: unset; margin-left: auto; cursor: pointer; padding: 0 0.4rem; border-radius: 4px; font-size: 1.1rem; color: var(--muted); }
.card .close:focus-visible { outline: 2px solid var(--ring); }
.card .stance { margin: 0 0 0.2rem; color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
.card .claim { margin: 0 0 0.6rem; font-weight: 600; }
.card .basis { margin: 0 0 0.6rem; }
.card ul { margin: 0 0 0.6rem; padding: 0; list-style: none; }
.card li { margin: 0 0 0.5rem; padding-left: 0.6rem; border-left: 3px solid var(--line); }
.card q { font-style: italic; }
.card .src { display: block; color: var(--muted); font-size: 0.8rem; }
.card a { color: var(--link); }
.card .also { font-size: 0.85rem; }
.card .why { margin: 0 0 0.6rem; font-size: 0.9rem; }
.card .why .clause { margin: 0 0 0.2rem; font-style: italic; }
.card .why ul { margin: 0; padding-left: 1.1rem; }
.card .foot { margin: 0.4rem 0 0; color: var(--muted); font-size: 0.75rem; }
:host, .card {
  --ok-fg: #0b5d1e; --ok-bg: #e3f4e6; --ok-line: #7cc48a;
  --bad-fg: #8e1616; --bad-bg: #fde7e7; --bad-line: #e08a8a;
  --mid-fg: #6b4a00; --mid-bg: #fff3d1; --mid-line: #d9aa3a;
  --card: #ffffff; --text: #1c1c1c; --muted: #5b5b5b; --line: #d5d5d5; --link: #0645ad; --ring: #1a73e8;
}
:host([data-scheme="dark"]), :host([data-scheme="dark"]) .card {
  --ok-fg: #a8e6b4; --ok-bg: #12351b; --ok-line: #3f8a4f;
  --bad-fg: #ffb3b3; --bad-bg: #3d1212; --bad-line: #a04646;
  --mid-fg: #ffe08a; --mid-bg: #3a2e08; --mid-line: #a7832b;
  --card: #1f1f22; --text: #ececec; --muted: #b0b0b0; --line: #45454a; --link: #8ab4f8; --ring: #8ab4f8;
}
`;

/** Sentence highlights, painted by the CSS Custom Highlight API without touching the page's nodes. */
export const HIGHLIGHT_CSS = `
::highlight(claimlens-corroborated) { background-color: rgba(46, 160, 67, 0.14); }
::highlight(claimlens-contradicted) { background-color: rgba(215, 58, 73, 0.16); }
::highlight(claimlens-disputed) { background-color: rgba(219, 171, 9, 0.18); }
::highlight(claimlens-flash) { background-color: rgba(26, 115, 232, 0.35); }
`;
