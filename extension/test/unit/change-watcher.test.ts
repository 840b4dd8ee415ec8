import { describe, expect, it } from 'vitest';
import { ChangeWatcher } from '../../src/lib/change-watcher.ts';

describe('change watcher', () => {
  it('batches mutations into changed blocks and added roots, ignoring our own UI', async () => {
    document.body.innerHTML = '<article><p id="p">old text</p></article><figure-check-ui></figure-check-ui>';
    const calls: Array<{ blocks: Node[]; roots: Node[] }> = [];
    let all = 0;
    const watcher = new ChangeWatcher(
      window,
      { changed: (b, r) => calls.push({ blocks: [...b], roots: [...r] }), changedAll: () => all++ },
      (n) => (n as Element).localName === 'figure-check-ui',
    );
    watcher.observe(document);
    document.getElementById('p')!.firstChild!.textContent = 'new text';
    const added = document.createElement('p');
    document.querySelector('article')!.append(added);
    document.querySelector('figure-check-ui')!.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    watcher.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.roots).toEqual([added]);
    expect(calls[0]!.blocks).toContain(document.querySelector('article'));
    expect(all).toBe(0);
    for (let i = 0; i < 2000; i++) document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 0));
    watcher.flush();
    expect(all).toBe(1);
    watcher.disconnect();
  });
});
