const { lintText, resolveConfig } = await import('/work/wt/22/dist/index.js');
const { resolveConfig: rc } = await import('/work/wt/22/dist/config/resolve.js');
const config = rc({}, process.cwd());
const [unit, n] = [process.argv[2], Number(process.argv[3])];
const body = unit.replace(/\\n/g, '\n').repeat(n);
const text = `---\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Account Analysis\n\n${body}\n`;
const c = process.cpuUsage(); const t0 = performance.now();
let err = '';
try { lintText(text, { config, today: '2026-11-25', filePath: 'f.md' }); } catch (e) { err = e.message.slice(0, 80); }
const u = process.cpuUsage(c);
console.log(JSON.stringify(unit), n, (text.length/1048576).toFixed(2)+'MB', Math.round((u.user+u.system)/1000)+'ms cpu', Math.round(performance.now()-t0)+'ms wall', Math.round(process.resourceUsage().maxRSS/1024)+'MB rss', err);
