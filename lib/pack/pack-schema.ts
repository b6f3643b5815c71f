/**
 * The claim pack's schema: what an author writes in assets/packs/*.json. Validation names the file,
 * the claim and the field of every problem. Used at build time and by the CLI; never shipped to pages.
 */
import { z } from 'zod';
import { VERDICTS } from '../verdict/verdicts';

const reliability = z.enum(['low', 'medium', 'high']);
const verdict = z.enum(VERDICTS);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');
/** Plain text shown to readers: refuse anything that looks like markup. */
const text = (max: number) =>
  z.string().min(1).max(max).refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)');

export const sourceSchema = z.strictObject({
  outlet: text(200),
  byline: text(200).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  url: z.url({ protocol: /^https$/ }).optional(),
  reliability,
  note: text(500).optional(),
});

export const evidenceSchema = z.strictObject({
  source: id,
  position: z.enum(['supports', 'refutes', 'doubts', 'speculates', 'silent']),
  quote: text(400).optional(),
  summary: text(400).optional(),
  record: z.boolean().optional(),
}).refine((e) => e.quote !== undefined || e.summary !== undefined, 'needs a quote or a summary');

export const claimSchema = z.strictObject({
  id,
  statement: text(400),
  verdict,
  evidence: z.array(evidenceSchema).min(1, 'every claim cites its evidence'),
  patterns: z.array(z.string().min(1).max(300)).max(50),
  mirrorOf: id.optional(),
  incompatibleWith: z.array(id).optional(),
  years: z.array(z.number().int().min(1900).max(2100)).optional(),
  examples: z.strictObject({
    asserts: z.array(text(400)).optional(),
    denies: z.array(text(400)).optional(),
  }).optional(),
});

const stanceRow = z.strictObject({ asserts: verdict, denies: verdict });

/**
 * A value slot: how an age, a year, a birth order, a designer or a theme is written. Number, year and
 * name slots give frames with '#' where the value stands ("# years old", "aged #", "# gown"); choice
 * and name slots name their values with the spellings of each.
 */
export const slotSchema = z.strictObject({
  kind: z.enum(['number', 'year', 'choice', 'name']),
  phrases: z.array(text(80)).max(200).optional(),
  choices: z.record(id, z.array(text(80)).min(1).max(100)).optional(),
  range: z.tuple([z.number().int().min(0), z.number().int().max(1000)]).optional(),
  /** A name slot whose values are people: a name the pack knows as someone is read as a value too. */
  people: z.boolean().optional(),
});

export const packSchema = z.strictObject({
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  title: text(200),
  language: z.literal('en'),
  event: z.strictObject({ name: text(200), date: z.string(), years: z.array(z.number().int()) }),
  sources: z.record(id, sourceSchema),
  verdictRule: z.strictObject({
    countingReliability: z.array(reliability).min(1),
    minIndependentSources: z.number().int().min(1).max(10),
    recordReliability: z.array(reliability),
  }),
  stanceRule: z.strictObject({ corroborated: stanceRow, contradicted: stanceRow, disputed: stanceRow }),
  gate: z.strictObject({
    allOf: z.array(z.strictObject({ name: z.string(), terms: z.array(text(80)).min(1) })).min(1),
    eventTerms: z.array(text(80)),
    years: z.array(z.number().int()),
  }),
  entities: z.record(id, z.strictObject({
    kind: z.enum(['person', 'event', 'thing']),
    gender: z.enum(['female', 'male', 'plural']).optional(),
    aliases: z.array(text(80)).min(1),
  })),
  concepts: z.record(id, z.array(text(80)).min(1)),
  values: z.record(id, slotSchema).optional(),
  /** Phrases whose words name no concept, however they read one by one ("let alone", "front row"). */
  ignore: z.array(text(80)).max(500).optional(),
  claims: z.array(claimSchema).min(1).max(200_000),
});

export type PackSource = z.infer<typeof packSchema>;
export type ClaimSource = z.infer<typeof claimSchema>;
export type SlotSource = z.infer<typeof slotSchema>;
