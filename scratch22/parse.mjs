const { parseMarkdown } = await import('/work/wt/22/dist/parse/markdown.js');
const [unit, n] = [process.argv[2], Number(process.argv[3])];
const text = unit.replace(/\\n/g, '\n').repeat(n);
const c = process.cpuUsage();
parseMarkdown(text, 0);
const u = process.cpuUsage(c);
console.log('parse only', JSON.stringify(unit), n, Math.round((u.user+u.system)/1000)+'ms cpu', Math.round(process.resourceUsage().maxRSS/1024)+'MB rss');
