import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (text: string, date = '2025-01-05') =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe('a noun only one measure of the set counts names that measure', () => {
  it('reads "stations" as the one-stop service stations when the value agrees, never red', () => {
    const text = [
      'Here is the timeline:',
      '-> August 2024: 1,450 stations (SAMR deputy head Liu Sanjiang)',
      '-> End of 2024: 2,372 stations (SAMR)',
      'One deck said "2,372 stations as of August 2024".',
    ].join('\n');
    // (A value that differs may count other stations: the noun alone is too weak to call it wrong.)
    expect(verdicts(text)).toEqual(['1,450 verified', '2,372 verified', '2,372 unverified']);
    const card = checkText(text, set, { date: '2025-01-05' }).mentions[0];
    expect(card?.explanation).toContain('counts stations');
  });

  it('not when the noun has words the measure lacks, or many measures count it', () => {
    expect(verdicts('There are 1,450 charging stations in the city.')).toEqual(['1,450 unverified']);
    // (Testing, certification and accreditation all count institutions.)
    expect(verdicts('By the end of 2023 there were 53,834 institutions.')).toEqual(['53,834 unverified']);
  });

  it('not in a clause with a month it cannot place', () => {
    expect(verdicts('The reading said there were 1,958 capabilities in August.')).toEqual([
      '1,958 unverified',
    ]);
    expect(verdicts('The reading said there were 1,958 capabilities at the end of 2024.')).toEqual([
      '1,958 verified',
    ]);
  });
});
