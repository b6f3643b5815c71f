// The editorial verdict rule, on small made-up claims.
import { describe, expect, it } from 'vitest';
import { verdictsByRule } from '../../lib/pack/verdict-rule';
import type { Evidence, Source } from '../../lib/types';

const sources: Record<string, Source> = {
  hi: { outlet: 'High', date: '2023-05-02', reliability: 'high' },
  med1: { outlet: 'Medium One', date: null, reliability: 'medium' },
  med2: { outlet: 'Medium Two', date: null, reliability: 'medium' },
  low: { outlet: 'Low', date: null, reliability: 'low' },
};
const rule = { countingReliability: ['medium', 'high'] as const, minIndependentSources: 2, recordReliability: ['high'] as const };
const judge = (evidence: Evidence[], incompatibleWith?: string[], others: { id: string; evidence: Evidence[] }[] = []) =>
  verdictsByRule([{ id: 'c', evidence, incompatibleWith }, ...others], sources, { ...rule, countingReliability: [...rule.countingReliability], recordReliability: [...rule.recordReliability] }).get('c')!.verdict;
const sup = (source: string, record = false): Evidence => ({ source, position: 'supports', quote: 'q', record });

describe('verdict rule', () => {
  it('two independent medium sources corroborate', () => expect(judge([sup('med1'), sup('med2')])).toBe('corroborated'));
  it('the same outlet twice counts once', () => expect(judge([sup('med1'), sup('med1')])).toBe('disputed'));
  it('one high source on record corroborates', () => expect(judge([sup('hi', true)])).toBe('corroborated'));
  it('one high source not on record does not', () => expect(judge([sup('hi')])).toBe('disputed'));
  it('low-reliability sources alone leave it disputed', () => expect(judge([sup('low'), sup('low')])).toBe('disputed'));
  it('speculation does not count as support', () => expect(judge([{ source: 'med1', position: 'speculates', quote: 'q' }, sup('med2')])).toBe('disputed'));
  it('a reliable refutation contradicts', () => expect(judge([sup('low'), { source: 'hi', position: 'refutes', quote: 'q' }])).toBe('contradicted'));
  it('reliable sources on both sides leave it disputed', () => expect(judge([sup('med1'), { source: 'hi', position: 'refutes', quote: 'q' }])).toBe('disputed'));
  it('incompatible with a corroborated claim contradicts', () =>
    expect(judge([sup('low')], ['other'], [{ id: 'other', evidence: [sup('med1'), sup('med2')] }])).toBe('contradicted'));
});
