/**
 * The options page: ClaimLens on or off everywhere and per site, which verdicts show inline, and the
 * claim packs installed. Changes are saved at once and reach open tabs through storage.
 */
import summary from '../../.generated/pack-summary.json';
import { setSiteEnabled, settingsItem, type Settings } from '../../lib/browser/settings';
import type { Verdict } from '../../lib/types';

const enabled = document.getElementById('enabled') as HTMLInputElement;
const sites = document.getElementById('sites')!;
const verdictBoxes = [...document.querySelectorAll<HTMLInputElement>('input[data-verdict]')];

function render(s: Settings): void {
  enabled.checked = s.enabled;
  sites.replaceChildren(...(s.disabledSites.length === 0 ? [Object.assign(document.createElement('li'), { textContent: 'None.' })] : s.disabledSites.map((host) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.textContent = 'Turn back on';
    b.addEventListener('click', () => void setSiteEnabled(host, true));
    li.append(host, b);
    return li;
  })));
  for (const box of verdictBoxes) box.checked = s.showVerdicts.includes(box.dataset.verdict as Verdict);
}

async function update(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.setValue(change(await settingsItem.getValue()));
}

enabled.addEventListener('change', () => void update((s) => ({ ...s, enabled: enabled.checked })));
for (const box of verdictBoxes) {
  box.addEventListener('change', () => void update((s) => ({ ...s, showVerdicts: verdictBoxes.filter((b) => b.checked).map((b) => b.dataset.verdict as Verdict) })));
}
document.getElementById('add-site')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('site') as HTMLInputElement;
  const host = input.value.trim().toLowerCase().replace(/^https?:\/\//, '').split('/')[0]!;
  if (host) void setSiteEnabled(host, false);
  input.value = '';
});

const packs = document.getElementById('packs')!;
for (const p of summary) {
  const tr = document.createElement('tr');
  for (const cell of [p.title, p.version, String(p.claims)]) tr.append(Object.assign(document.createElement('td'), { textContent: cell }));
  packs.append(tr);
}

settingsItem.watch((s) => render(s ?? { enabled: true, disabledSites: [], showVerdicts: [] }));
void settingsItem.getValue().then(render);
