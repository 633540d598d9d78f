import { describe, expect, it } from 'vitest';
import { subjectLength, subjectLengthBand } from '../../src/core/email/subjectLength';

describe('subject-line length bands', () => {
  it('cuts at 25, 49 and 75 characters', () => {
    expect(subjectLengthBand('x'.repeat(25))).toBe('up_to_25');
    expect(subjectLengthBand('x'.repeat(26))).toBe('26_to_49');
    expect(subjectLengthBand('x'.repeat(49))).toBe('26_to_49');
    expect(subjectLengthBand('x'.repeat(50))).toBe('50_to_75');
    expect(subjectLengthBand('x'.repeat(75))).toBe('50_to_75');
    expect(subjectLengthBand('x'.repeat(76))).toBe('over_75');
    expect(subjectLengthBand('')).toBe('up_to_25');
  });

  it('counts characters a reader sees: umlauts and emoji as one, outer space trimmed', () => {
    expect(subjectLength('  Größe 🚀 ')).toBe(7);
  });

  it('counts a merge field as its default text', () => {
    expect(subjectLength('Hallo {{firstName|Kunde}}!')).toBe(12);
    expect(subjectLength('Hallo {{firstName}}!')).toBe(7);
  });
});
