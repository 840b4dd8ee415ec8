import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { foldChinese } from '../src/extract/chinese.ts';

// What foldChinese gave before it skipped text the converter cannot change: every text converted.
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
const PUNCTUATION = /[\s“”"'‘’「」『』《》〈〉()（）【】[\]·・,，、。:：;；!！?？-]/g;
const converted = (text: string) => convert(text).replace(PUNCTUATION, '');

const sources = fileURLToPath(new URL('../../data/sources/', import.meta.url));

describe('foldChinese', () => {
  it('folds every character as the converter does', () => {
    const differ: string[] = [];
    for (let cp = 0x2e80; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (foldChinese(c) !== converted(c)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('folds phrases as the converter does, simplified text left as it is', () => {
    for (const text of ['計畫', '瞭解到', '乾隆年間', '國家標準', '“一站式”服务', '国家标准委员会发布']) {
      expect(foldChinese(text)).toBe(converted(text));
    }
    expect(foldChinese('国家标准委员会')).toBe('国家标准委员会');
  });

  it('folds the archived sources sentence by sentence as the converter does', () => {
    for (const f of readdirSync(sources).filter((f) => f.endsWith('.txt'))) {
      for (const sentence of readFileSync(join(sources, f), 'utf8').split(/[。！？\n]/)) {
        expect(foldChinese(sentence)).toBe(converted(sentence));
      }
    }
  });
});
