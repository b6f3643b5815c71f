// The topic gate on samples of on- and off-topic pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeTopic } from '../../lib/gate/topic-gate';
import type { GateSpec } from '../../lib/types';
import { bundledIndex } from '../support/engine';

let gates: { pack: string; gate: GateSpec }[];
beforeAll(async () => { gates = (await bundledIndex()).packs.map((p) => ({ pack: p.id, gate: p.gate })); });

describe('topic gate', () => {
  it('lets through the story of North West and the 2023 Met Gala', () => {
    expect(judgeTopic("North West Steps Out With Mom Kim Kardashian on the Way to Met Gala Red Carpet", gates).onTopic).toBe(true);
    expect(judgeTopic("Kim Kardashian's daughter North looked scared outside the Met Gala, say fans", gates).onTopic).toBe(true);
    // a year near the event that does not date it
    expect(judgeTopic('Why North West skipped the Met Gala with Kim Kardashian. Since 2018, the Met Gala has barred under-18s.', gates).onTopic).toBe(true);
  });

  it.each([
    ['another Met Gala year', 'Kim Kardashian wore Marilyn Monroe\'s dress to the 2022 Met Gala; North West stayed home.'],
    ['North West England', 'Weather: heavy rain for North West England as the Met Office issues warnings.'],
    ['Kanye news', 'Kanye West releases new album; North West appears in the video.'],
    ['a Karl Lagerfeld exhibition', 'The Met Gala of 2023 celebrated Karl Lagerfeld; the exhibition opens to the public.'],
  ])('turns away %s', (_name, sample) => {
    expect(judgeTopic(sample, gates).onTopic).toBe(false);
  });
});

describe('early exit on what a page says it is about', () => {
  it('turns away a page whose title, description and headline name nothing the packs look for', async () => {
    const { namesAnyTerm } = await import('../../lib/gate/topic-gate');
    expect(namesAnyTerm('Weather warning for Cumbria | Regional News', gates)).toBe(false);
    expect(namesAnyTerm('Kim Kardashian steps out in New York', gates)).toBe(true);
    expect(namesAnyTerm('Fashion: the Met Gala looks everyone is talking about', gates)).toBe(true);
  });
});
