import { readFileSync, readdirSync } from 'node:fs';
import { builtinSet, extractFigures, matcherFor } from './src/index.ts';
import { claimFromMention } from './src/verdict.ts';
const dir='data/sources/';
const s = readdirSync(dir).map(f=>readFileSync(dir+f,'utf8')).join('\n\n');
const large = Array.from({length:30},()=>s).join('\n\n');
const set = builtinSet(); const m = matcherFor(set);
for (let k=0;k<4;k++){
let t=performance.now(); const ms = extractFigures(large); const te=performance.now()-t;
t=performance.now(); const cs = ms.map(x=>claimFromMention(large,x)); const tc=performance.now()-t;
t=performance.now(); for (const c of cs) m.judge(c); const tj=performance.now()-t;
console.log(`extract ${te.toFixed(0)} claims ${tc.toFixed(0)} judge ${tj.toFixed(0)} per-mention ${(tj*1000/ms.length).toFixed(1)}us mentions ${ms.length}`);
}
