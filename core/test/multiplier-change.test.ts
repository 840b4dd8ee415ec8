import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';

describe('a multiplier written as a change', () => {
  it('English: "nearly tripled" is about +200%, checked against the set\'s change', () => {
    const v = verdictsOf(
      'New-energy vehicle recalls covered 4.491 million vehicles in 2024, having nearly tripled from a year earlier.',
      '2025-04-01',
    );
    expect(v['tripled']).toBe('approximate');
  });

  it('Chinese: 增长N倍 is an increase by N×100%, 增长近两倍 approximates +180.1%', () => {
    const v = verdictsOf('2024年，新能源汽车召回涉及车辆449.1万辆，同比增长近两倍。', '2025-04-01');
    expect(v['两']).toBe('approximate');
    const ota = verdictsOf('2024年，OTA召回涉及车辆同比增长约2.5倍。', '2025-04-01');
    expect(ota['2.5']).toBe('approximate');
  });

  it('is never compared with a level or a share, only with changes', () => {
    const v = verdictsOf(
      'In 2022, regulators prompted most consumer product recalls; the number of such recalls doubled.',
      '2023-04-01',
    );
    expect(v['doubled']).not.toBe('contradicted');
  });

  it('a change far from the multiplier is no approximation of it', () => {
    const v = verdictsOf('2024年，新能源汽车召回涉及车辆449.1万辆，同比增长了五倍。', '2025-04-01');
    expect(v['五']).not.toBe('approximate');
    expect(v['五']).not.toBe('verified');
  });
});
