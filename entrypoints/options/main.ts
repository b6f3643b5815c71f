/**
 * The options page: ClaimLens on or off everywhere and per site, which verdicts show inline, the claim
 * packs installed, and importing fact-checks (ClaimReview) as packs of the reader's own. Changes are
 * saved at once and reach open tabs through storage.
 */
import summary from '../../.generated/pack-summary.json';
import { importedPacksItem, setSiteEnabled, settingsItem, update, type ImportedPack, type Settings } from '../../lib/browser/extension-storage';
import { importClaimReview, ImportError } from '../../lib/claimreview/claimreview-pack';
import { checkPackMeaning, formatProblem } from '../../lib/pack/check-pack-meaning';
import { compilePack } from '../../lib/pack/compile-pack';
import { el } from '../../lib/render/element';
import { plural, VERDICT_SYMBOL, VERDICT_WORD, VERDICTS } from '../../lib/verdict/verdicts';

const enabled = document.getElementById('enabled') as HTMLInputElement;
const sites = document.getElementById('sites')!;
const packs = document.getElementById('packs')!;
const status = document.getElementById('import-status')!;

const verdictBoxes = VERDICTS.map((verdict) => {
  const box = el(document, 'input');
  box.type = 'checkbox';
  box.dataset.verdict = verdict;
  box.addEventListener('change', () => void update(settingsItem, (s) => ({ ...s, showVerdicts: VERDICTS.filter((v, i) => verdictBoxes[i]!.checked) })));
  const label = el(document, 'label');
  label.append(box, ` ${VERDICT_SYMBOL[verdict]} ${VERDICT_WORD[verdict]}`);
  document.getElementById('verdicts')!.append(label);
  return box;
});

const cell = (text: string) => el(document, 'td', { text });

function siteRow(host: string): HTMLElement {
  const li = el(document, 'li');
  const b = el(document, 'button', { text: 'Turn back on' });
  b.addEventListener('click', () => void setSiteEnabled(host, true));
  li.append(host, b);
  return li;
}

function renderSettings(s: Settings): void {
  enabled.checked = s.enabled;
  sites.replaceChildren(...(s.disabledSites.length === 0 ? [el(document, 'li', { text: 'None.' })] : s.disabledSites.map(siteRow)));
  VERDICTS.forEach((v, i) => (verdictBoxes[i]!.checked = s.showVerdicts.includes(v)));
}

const updatePacks = (change: (list: ImportedPack[]) => ImportedPack[]) => update(importedPacksItem, change);

function importedRow(item: ImportedPack): HTMLElement {
  const tr = el(document, 'tr');
  tr.dataset.pack = item.pack.id;
  const toggle = el(document, 'input');
  toggle.type = 'checkbox';
  toggle.checked = item.enabled;
  toggle.setAttribute('aria-label', `Use ${item.pack.title}`);
  toggle.addEventListener('change', () => void updatePacks((list) => list.map((p) => (p.pack.id === item.pack.id ? { ...p, enabled: toggle.checked } : p))));
  const remove = el(document, 'button', { text: 'Remove' });
  remove.addEventListener('click', () => void updatePacks((list) => list.filter((p) => p.pack.id !== item.pack.id)));
  const label = el(document, 'label');
  label.append(toggle, ' on ');
  const actions = el(document, 'td');
  actions.append(label, remove);
  tr.append(cell(`${item.pack.title} (from ${item.file})`), cell(item.pack.version), cell(String(item.pack.claims.length)), actions);
  return tr;
}

function renderPacks(imported: ImportedPack[]): void {
  const bundled = summary.map((p) => {
    const tr = el(document, 'tr');
    tr.append(cell(p.title), cell(p.version), cell(String(p.claims)), cell('bundled'));
    return tr;
  });
  packs.replaceChildren(...bundled, ...imported.map(importedRow));
}

/** Reads a ClaimReview file into a pack, refusing it with a message naming the problem. */
async function importFile(file: File): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return `${file.name}: not valid JSON.`;
  }
  try {
    const id = file.name.replace(/\.[^.]*$/, '');
    const { pack, skipped } = importClaimReview(json, { id });
    // the importer builds the pack itself, from sanitised text; what remains to check is its meaning
    const check = checkPackMeaning(pack, file.name);
    if (!check.ok) return check.problems.map(formatProblem).join('\n');
    if (summary.some((p) => p.id === pack.id)) return `${file.name}: a bundled pack already has the id "${pack.id}"; rename the file.`;
    const compiled = compilePack(check.pack, `${file.name}:${file.size}:${file.lastModified}`);
    const entry: ImportedPack = { pack: compiled, enabled: true, file: file.name, importedAt: new Date().toISOString() };
    await updatePacks((list) => [...list.filter((p) => p.pack.id !== compiled.id), entry]);
    const left = skipped.length ? ` Left out: ${skipped.join('; ')}.` : '';
    return `Imported ${plural(compiled.claims.length, 'claim')} from ${file.name}.${left}`;
  } catch (err) {
    if (err instanceof ImportError) return `${file.name}: ${err.message}.`;
    throw err;
  }
}

enabled.addEventListener('change', () => void update(settingsItem, (s) => ({ ...s, enabled: enabled.checked })));
document.getElementById('add-site')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('site') as HTMLInputElement;
  const host = input.value.trim().toLowerCase().replace(/^https?:\/\//, '').split('/')[0]!;
  if (host) void setSiteEnabled(host, false);
  input.value = '';
});
document.getElementById('import-file')!.addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  status.textContent = 'Importing…';
  status.textContent = await importFile(file);
  input.value = '';
});

settingsItem.watch(renderSettings);
importedPacksItem.watch(renderPacks);
void settingsItem.getValue().then(renderSettings);
void importedPacksItem.getValue().then(renderPacks);
