/** FACTCHECK.VERIFY / FIGURE / SOURCE, with office-addin-mock standing in for Office's requirement sets. */
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS, explain, figure, series, source, verify } from '../src/functions/functions.ts';
import { registerFunctions } from '../src/functions/main.ts';

class FunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const g = globalThis as Record<string, unknown>;
const associated: Record<string, unknown> = {};

function install(entities: boolean): void {
  // CustomFunctions holds an enum and plain functions (no proxies to load): a plain object.
  g.CustomFunctions = {
    Error: FunctionError,
    ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
    associate: (id: string, fn: unknown) => (associated[id] = fn),
  };
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          entities && set === 'ExcelApi' && Number(version) <= 1.16,
      },
    },
  });
}

afterEach(() => {
  delete g.CustomFunctions;
  delete g.Office;
});

const errorOf = (fn: () => unknown): FunctionError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FunctionError) return error;
    throw error;
  }
  throw new Error('no error thrown');
};

describe('FACTCHECK.VERIFY', () => {
  it('returns exactly one verdict word, for numbers and text', () => {
    install(false);
    expect(verify(6728000, 'defective vehicles recalled in 2023')).toBe('verified');
    expect(verify(7280000, 'defective vehicles recalled in 2023')).toBe('contradicted');
    expect(verify(6700000, 'defective vehicles recalled in 2023')).toBe('approximate');
    expect(verify(0.937, 'effective implementation rate of national standards')).toBe('verified');
    expect(verify('93.7%', 'effective implementation rate of national standards')).toBe('verified');
    expect(verify('6.728 million', 'defective vehicles recalled in 2023')).toBe('verified');
    expect(verify(123, 'defective vehicles recalled in 2023')).toBe('unverified');
  });

  it("takes a period: another year's value is contradicted where the set has that year, unverified where not", () => {
    install(false);
    expect(verify(6728000, 'defective vehicles recalled', '2023')).toBe('verified');
    expect(verify(6728000, 'defective vehicles recalled', '2022')).toBe('contradicted');
    expect(verify(6728000, 'defective vehicles recalled', '2019')).toBe('unverified');
  });

  it('gives #N/A for a label naming no official figure and #VALUE! for unreadable input', () => {
    install(false);
    const na = errorOf(() => verify(5, 'unicorn sightings'));
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/^no official figure named "unicorn sightings"/);
    expect(errorOf(() => verify('lots', 'defective vehicles recalled in 2023')).code).toBe('#VALUE!');
    expect(errorOf(() => verify(true, 'defective vehicles recalled in 2023')).code).toBe('#VALUE!');
  });
});

describe('FACTCHECK.EXPLAIN and SERIES', () => {
  it('explains with the official figure, its date and source', () => {
    install(false);
    const text = explain(7280000, 'defective vehicles recalled in 2023');
    expect(text).toMatch(/^Contradicted\./);
    expect(text).toContain('6,728,000');
    expect(text).toContain('Source: Liu Sanjiang');
  });

  it('spills the measure by date, across sources', () => {
    install(false);
    expect(series('national measurement benchmarks')).toEqual([
      ['2024-01-31', 192, expect.stringMatching(/2024/) as unknown],
      ['2024-08-16', 202, expect.stringMatching(/2024/) as unknown],
    ]);
    expect(errorOf(() => series('unicorn sightings')).code).toBe('#N/A');
  });
});

describe('FACTCHECK.FIGURE', () => {
  it('returns the official number, and #N/A with a reason when none matches', () => {
    install(false);
    expect(figure('defective vehicles recalled', '2023')).toBe(6728000);
    expect(figure('defective vehicles recalled')).toBe(6846000); // the latest date of the series
    expect(figure('effective implementation rate of national standards')).toBe(0.937);
    expect(() => void figure('defective vehicles recalled', '2019')).toThrow(FunctionError);
    try {
      figure('unicorn sightings');
    } catch (e) {
      expect((e as FunctionError).code).toBe('#N/A');
      expect((e as FunctionError).message).toContain('unicorn sightings');
    }
  });

  it('returns an entity whose card carries the source where Excel has data types', () => {
    install(true);
    const entity = figure('defective vehicles recalled', '2023') as {
      type: string;
      text: string;
      properties: Record<
        string,
        { basicValue: unknown; propertyMetadata?: { attribution?: Array<{ sourceAddress?: string }> } }
      >;
      provider: { description: string };
    };
    expect(entity.type).toBe('Entity');
    expect(entity.text).toBe('6,728,000');
    expect(entity.properties.Value?.basicValue).toBe(6728000);
    expect(entity.properties.Value?.propertyMetadata?.attribution?.[0]?.sourceAddress).toBe(
      'http://china.org.cn/china/2024-02/21/content_117011350_9.htm',
    );
    expect(entity.properties.Quote?.basicValue).toContain('6.728 million defective vehicles');
    expect(entity.provider.description).toContain('SAMR');
  });
});

describe('FACTCHECK.SOURCE', () => {
  it('returns the citation', () => {
    install(false);
    expect(source('defective vehicles recalled', '2023')).toBe(
      'Liu Sanjiang, "SCIO press conference on stimulating vitality of business entities to promote high-quality economic development" (China.org.cn, held 2024-01-31, published 2024-02-21), http://china.org.cn/china/2024-02/21/content_117011350_9.htm',
    );
  });
});

describe('registration', () => {
  it('associates exactly the ids the JSDoc metadata declares', async () => {
    install(false);
    registerFunctions();
    const file = join(dirname(fileURLToPath(import.meta.url)), '../src/functions/functions.ts');
    const meta = JSON.parse((await generateCustomFunctionsMetadata(file)).metadataJson) as {
      functions: Array<{ id: string }>;
    };
    expect(Object.keys(associated).sort()).toEqual(meta.functions.map((f) => f.id).sort());
    expect(associated.VERIFY).toBe(FUNCTIONS.VERIFY);
  });
});
