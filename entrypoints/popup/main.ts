/**
 * The popup: for the current tab, whether a story was recognised, how many sentences of each verdict,
 * and the list of them (a click scrolls the page to the sentence and flashes it), with a switch for
 * the site. Renders text only through textContent.
 */
import type { PageReport } from '../../lib/analyse/page-report';
import { activeOn, setSiteEnabled, settingsItem } from '../../lib/browser/extension-storage';
import { sendToTab } from '../../lib/browser/messaging';
import { el } from '../../lib/render/element';
import { capitalise, STANCE_PHRASE, VERDICT_SYMBOL, VERDICT_WORD, VERDICTS } from '../../lib/verdict/verdicts';

const main = document.getElementById('main')!;
const siteOn = document.getElementById('site-on') as HTMLInputElement;

/** The tab this popup speaks of: ?tabId=N when opened as a page, else the active tab. */
async function currentTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function renderNothing(text: string): void {
  main.replaceChildren(el(document, 'p', { className: 'quiet', text }));
}

function renderReport(tabId: number, report: PageReport, on: boolean): void {
  if (!on) return renderNothing('ClaimLens is off for this site. Switch it on to see what the evidence says.');
  const parts: HTMLElement[] = [el(document, 'p', { className: 'story', text: `Story recognised: ${report.story ?? 'a story ClaimLens covers'}` })];
  const counts = el(document, 'ul', { className: 'counts' });
  for (const v of VERDICTS) {
    const li = el(document, 'li', { className: v });
    li.append(el(document, 'b', { text: String(report.counts[v]) }), VERDICT_WORD[v]);
    counts.append(li);
  }
  parts.push(counts);
  if (report.findings.length === 0) parts.push(el(document, 'p', { className: 'quiet', text: 'No sentence on this page states a claim ClaimLens knows.' }));
  const list = el(document, 'ol', { className: 'findings' });
  for (const f of report.findings) {
    const li = el(document, 'li', { className: f.verdict });
    const b = el(document, 'button');
    b.dataset.findingId = String(f.id);
    b.append(
      el(document, 'span', { className: 'sym', text: VERDICT_SYMBOL[f.verdict] }),
      el(document, 'span', { className: 'excerpt', text: f.excerpt }),
      el(document, 'span', { className: 'claim', text: `${capitalise(STANCE_PHRASE[f.stance])}: ${f.statement} — ${VERDICT_WORD[f.verdict]}` }),
    );
    b.setAttribute('aria-label', `${VERDICT_WORD[f.verdict]}: ${f.excerpt}. Show on the page.`);
    b.addEventListener('click', () => void sendToTab(tabId, 'claimlens/reveal', f.id));
    li.append(b);
    list.append(li);
  }
  parts.push(list);
  if (report.findings.length > 0) {
    const exportButton = el(document, 'button', { className: 'export', text: 'Export findings as Web Annotations' });
    exportButton.addEventListener('click', () => void exportAnnotations(tabId));
    parts.push(exportButton);
  }
  main.replaceChildren(...parts);
}

/** The page's findings as W3C Web Annotations (JSON-LD), saved as a file. */
async function exportAnnotations(tabId: number): Promise<void> {
  const annotations = await sendToTab(tabId, 'claimlens/get-annotations');
  const blob = new Blob([JSON.stringify(annotations, null, 2)], { type: 'application/ld+json' });
  const a = el(document, 'a');
  a.href = URL.createObjectURL(blob);
  a.download = 'claimlens-annotations.jsonld';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function refresh(tab: { id: number; url?: string }, host: string): Promise<void> {
  const settings = await settingsItem.getValue();
  const on = activeOn(settings, host);
  siteOn.checked = on;
  siteOn.disabled = !settings.enabled || !host;
  let report: PageReport | null = null;
  try {
    report = await sendToTab(tab.id, 'claimlens/get-report');
  } catch {
    report = null;
  }
  if (!settings.enabled) renderNothing('ClaimLens is switched off everywhere. Turn it on in Settings.');
  else if (!report) renderNothing('This page is not a story ClaimLens covers, so it has nothing to say here.');
  else renderReport(tab.id, report, on);
}

async function start(): Promise<void> {
  document.getElementById('open-options')!.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const tab = await currentTab();
  if (!tab) return renderNothing('No page to look at.');
  const host = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : '';
  document.getElementById('site-label')!.textContent = host ? `On for ${host}` : 'On for this site';
  siteOn.addEventListener('change', async () => {
    await setSiteEnabled(host, siteOn.checked);
    // the analyser takes the change from storage; give it a moment, then show what it now reports
    setTimeout(() => void refresh(tab, host), 300);
  });
  await refresh(tab, host);
}

void start();
