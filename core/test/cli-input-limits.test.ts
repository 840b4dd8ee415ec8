import { openSync, closeSync, ftruncateSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cli, file } from './cli-harness.ts';
import { DEFAULT_MAX_BYTES, formatSize, parseSize, readCapped } from '../src/cli/read-input.ts';

describe('input size limit', () => {
  it('refuses a file over the limit from its size, before reading it', async () => {
    // A sparse file: 550 MB on paper, nothing on disk; reading it would take seconds and memory.
    const path = file('huge.txt', '');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 550 * 1024 * 1024);
    closeSync(fd);
    const { code, stderr, stdout } = await cli(['check', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `factcheck: ${path}: is 550 MB, over the limit of 100 MB (raise it with --max-size, e.g. --max-size 500MB)\n`,
    );
  });

  it('takes --max-size, lower or higher', async () => {
    const path = file('small.txt', 'By the end of 2023, China had 44,499 national standards.');
    expect((await cli(['check', path, '--max-size', '20'])).stderr).toMatch(
      /is 56 bytes, over the limit of 20 bytes/,
    );
    expect((await cli(['check', path, '--max-size', '1KB'])).code).toBe(0);
    expect((await cli(['check', path, '--max-size', 'lots'])).stderr).toMatch(
      /--max-size "lots": expected a size/,
    );
  });

  it('stops reading a pipe as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(64 * 1024, 0x31));
      },
    });
    await expect(readCapped(endless, 1024 * 1024)).rejects.toThrow(/stdin: is over 1 MB, over the limit/);
    expect(pulled).toBeLessThan(40);
    endless.destroy();
  });

  it('documents its default', () => {
    expect(DEFAULT_MAX_BYTES).toBe(parseSize('100MB'));
  });
});

describe('sizes in messages', () => {
  it('keep a decimal under ten units, so that a file just over the limit reads as over it', () => {
    expect(formatSize(1331)).toBe('1.3 KB');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(550 * 1024 * 1024)).toBe('550 MB');
    expect(formatSize(56)).toBe('56 bytes');
  });
});
