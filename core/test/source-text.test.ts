import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** A control character other than tab, line feed and carriage return. */
const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

describe('core source text', () => {
  it('has no control characters (a "\\b" written through another language becomes a backspace)', () => {
    const bad = files(root).filter((f) =>
      [...readFileSync(f, 'utf8')].some((ch) => isControl(ch.charCodeAt(0))),
    );
    expect(bad).toEqual([]);
  });
});
