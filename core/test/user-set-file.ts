/** Test helper: a user figure set file in the data schema, one source and one figure, with overrides. */
export function jsonFile(figure: Record<string, unknown> = {}, source: Record<string, unknown> = {}) {
  return JSON.stringify({
    source: {
      id: 'my-source',
      title: 'My report',
      event: 'Report',
      publisher: 'Me',
      agency: 'Me',
      dateHeld: '2025-01-01',
      datePublished: '2025-01-02',
      language: 'en',
      ...source,
    },
    figures: [
      {
        id: 'my-source/widgets',
        measureKey: 'widgets',
        value: 42,
        unit: 'count',
        measure: 'widgets made',
        period: { label: 'in 2024', kind: 'during', start: '2024-01-01', end: '2024-12-31' },
        speaker: 'Me',
        quote: 'We made 42 widgets.',
        numberText: '42',
        keywords: { en: ['widgets'] },
        sourceId: 'my-source',
        ...figure,
      },
    ],
  });
}
