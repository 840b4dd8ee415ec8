/** Writes demo/index.html: a news article generated from the built-in figures (see test/fixtures/article.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleHtml, articleParagraphs } from '../test/fixtures/article.ts';

const out = fileURLToPath(new URL('../demo/index.html', import.meta.url));
const paragraphs = articleParagraphs().slice(0, 60);
writeFileSync(out, articleHtml(paragraphs, 'China’s standards push, in numbers'));
console.log(`wrote ${out}`);
