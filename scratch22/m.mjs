import { EditMap } from 'micromark-util-edit-map';
const mod = await import('/work/wt/22/dist/parse/micromark-patch.js');
const { parseMarkdown } = await import('/work/wt/22/dist/parse/markdown.js');
const which = process.argv[2];
if (which === 'orig') EditMap.prototype.consume = mod.originalConsume;
const n = Number(process.argv[3]);
const shapes = {
  fields: Array.from({length:n},(_,i)=>`- **G${i}** Grow ARR ${i}%.\n  - Owner: Dana\n`).join(''),
  deep: Array.from({length:n},(_,i)=>`- a\n  - b\n    - c\n`).join(''),
  quote: Array.from({length:n},(_,i)=>`> - a\n>   - b\n`).join(''),
};
for (const [k, t] of Object.entries(shapes)) {
  const c = process.cpuUsage(); parseMarkdown(t, 0); const u = process.cpuUsage(c); console.log(which, n, k, t.length, Math.round((u.user+u.system)/1000), "ms cpu");
}
