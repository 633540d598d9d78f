import { describe, expect, it } from 'vitest';
import {
  findUnknownMergeFields,
  mergeProfileFrom,
  renderMergeFields,
  type MergeProfile,
} from '../../src/core/email/mergeFields';

const anna: MergeProfile = {
  firstName: 'Anna',
  name: 'Anna Schmidt',
  company: 'Schmidt Dreh- und Frästechnik',
  email: 'anna@schmidt.example',
};
const nobody: MergeProfile = { firstName: '', name: '', company: '', email: 'x@example.org' };

describe('merge fields', () => {
  it('fills every field', () => {
    expect(renderMergeFields('Hallo {{firstName}} ({{name}}, {{company}}, {{ email }})', anna, 'text')).toBe(
      'Hallo Anna (Anna Schmidt, Schmidt Dreh- und Frästechnik, anna@schmidt.example)',
    );
  });

  it('uses the default after the bar when the value is missing', () => {
    expect(renderMergeFields('Hallo {{firstName|Kundin/Kunde}}!', nobody, 'text')).toBe(
      'Hallo Kundin/Kunde!',
    );
    expect(renderMergeFields('Hallo {{firstName|Kundin/Kunde}}!', anna, 'text')).toBe('Hallo Anna!');
    expect(renderMergeFields('Hallo {{firstName}}!', nobody, 'text')).toBe('Hallo !');
  });

  it('escapes the recipient’s values in HTML, not in text', () => {
    const evil: MergeProfile = { ...anna, company: '<b>Müller & Söhne</b> "GmbH"', firstName: "O'Neil" };
    expect(renderMergeFields('<p>{{company}}, {{firstName}}</p>', evil, 'html')).toBe(
      '<p>&lt;b&gt;Müller &amp; Söhne&lt;/b&gt; &quot;GmbH&quot;, O&#39;Neil</p>',
    );
    expect(renderMergeFields('{{company}}', evil, 'text')).toBe('<b>Müller & Söhne</b> "GmbH"');
  });

  it('never lets a value break a header line', () => {
    expect(renderMergeFields('Hi {{name}}', { ...anna, name: 'Anna\r\nBcc: x@evil.example' }, 'text')).toBe(
      'Hi Anna Bcc: x@evil.example',
    );
  });

  it('leaves unknown fields untouched and names them', () => {
    expect(renderMergeFields('Hallo {{vorname}}', anna, 'text')).toBe('Hallo {{vorname}}');
    expect(findUnknownMergeFields('{{vorname}} {{firstName}} {{firma|x}} {{vorname}}')).toEqual([
      'vorname',
      'firma',
    ]);
  });

  it('takes the first name from the traits, else from the name unless it is a title', () => {
    const base = { email: 'a@b.de', companyName: null };
    expect(mergeProfileFrom({ ...base, name: 'Anna Schmidt', traits: {} }).firstName).toBe('Anna');
    expect(mergeProfileFrom({ ...base, name: 'Dr. Anna Schmidt', traits: {} }).firstName).toBe('');
    expect(mergeProfileFrom({ ...base, name: 'Schmidt', traits: {} }).firstName).toBe('');
    expect(mergeProfileFrom({ ...base, name: 'A. Schmidt', traits: { firstName: 'Anna' } }).firstName).toBe(
      'Anna',
    );
    expect(mergeProfileFrom({ ...base, name: '', traits: { company: 'ACME' } }).company).toBe('ACME');
    expect(
      mergeProfileFrom({ ...base, name: '', companyName: 'Firma', traits: { company: 'ACME' } }).company,
    ).toBe('Firma');
  });
});
