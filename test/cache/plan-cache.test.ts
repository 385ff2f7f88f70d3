import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintFiles, type LintRun } from '../../src/api.js';
import { PlanCache } from '../../src/cache/plan-cache.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/config/resolve.js';
import { buildPlan } from '../../src/model/build.js';
import { WriteError } from '../../src/files/write.js';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-25';
const PLAN = join('accounts', 'acme-fy2027-q1.md');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
  cpSync('examples', join(dir, 'repo'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What a run reports, without the texts. */
const findings = (run: LintRun) => ({ results: run.results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), failures: run.failures });
const lint = (cache: boolean, cacheLocation?: string) => lintFiles(['repo'], { cwd: dir, today: TODAY, cache, ...(cacheLocation ? { cacheLocation } : {}) });
const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(dir, 'repo', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};
const cacheFile = () => join(dir, '.plancache');
type CacheData = {
  format: string;
  key: string;
  entries: Record<string, { summary: { items: unknown[] }; diagnostics?: unknown[] }>;
};
/** The cache file's lines: a header, then one `<checksum> [path, entry]` line per change. */
const cacheLines = () => readFileSync(cacheFile(), 'utf8').split('\n');
/** The cache file's header and entries: a later line for a path replaces an earlier one, and null removes it. */
const cacheData = (): CacheData => {
  const [header, ...lines] = cacheLines();
  const entries: CacheData['entries'] = {};
  for (const line of lines) {
    if (line.slice(0, 28) !== checksum(line.slice(29))) continue;
    const [path, entry] = JSON.parse(line.slice(29));
    if (entry) entries[path] = entry;
    else delete entries[path];
  }
  return { ...JSON.parse(header!), entries };
};
/** JSON as the cache writes it: every character past ASCII as a \\u escape. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function checksum(json: string): string {
  return createHash('sha1').update(json).digest('base64');
}
/** Writes `data` back as a cache file, each line with its checksum, or with `sumOf`'s. */
const writeCache = ({ entries, ...header }: CacheData, sumOf = checksum) =>
  writeFileSync(cacheFile(), [JSON.stringify(header), ...Object.entries(entries).map((entry) => `${sumOf(asciiJson(entry))} ${asciiJson(entry)}`)].join('\n'));

describe('--cache: per file, a hash of its bytes -> its findings and summary', () => {
  it('reports what an uncached run reports, run after run, with edits, a deleted cache and a config change', async () => {
    const same = async () => expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    await same();
    edit(PLAN, /^owner:.*$/m, 'owner: ""');
    await same();
    rmSync(cacheFile());
    await same();
    writeFileSync(join(dir, '.planrc.json'), JSON.stringify({ rules: { frontmatter: 'off' } }));
    await same();
  });

  it('keeps each plan’s actuals with its summary: the actuals rules report from the cache what they report without it', async () => {
    const withActuals = (cache: boolean) => lintFiles(['repo'], { cwd: dir, today: '2027-05-15', cache, actuals: [join('repo', 'actuals', 'crm-export.csv')] });
    const actualsFindings = (run: LintRun) =>
      findings(run).results.flatMap((r) =>
        r.diagnostics
          .filter((d) => ['behind-pace', 'stale-actuals', 'status-contradicts-actuals', 'actuals-row'].includes(d.ruleId))
          .map((d) => `${r.file}:${d.start.line}: ${d.message}`),
      );
    const uncached = actualsFindings(await withActuals(false));
    expect(uncached.length).toBeGreaterThan(0);
    await withActuals(true);
    const entry = cacheData().entries[join(dir, 'repo', 'accounts', 'acme-fy2027.md')] as {
      summary: { actuals?: { goals: { id: string; readings: unknown[] }[] } };
    };
    expect(entry.summary.actuals!.goals.find((g) => g.id === 'G1')!.readings.length).toBeGreaterThan(0);
    // The second run reads every plan's summary, actuals included, from the cache.
    expect(actualsFindings(await withActuals(true))).toEqual(uncached);
    edit(
      join('accounts', 'acme-fy2027.md'),
      '- 2027-03-31 **G1** $2.1M — on track',
      '- 2027-03-31 **G1** $2.1M — on track\n- 2027-03-31 **G9** $1M — on track',
    );
    const edited = actualsFindings(await withActuals(false));
    expect(edited.some((finding) => finding.includes('names G9'))).toBe(true);
    expect(actualsFindings(await withActuals(true))).toEqual(edited);
  });

  it('writes the cache in ASCII, and gives back the characters past it as the plan wrote them', async () => {
    const plan = [
      '---',
      'id: zurich-fy2027',
      'kind: account',
      'period: FY2027',
      'owner: Zoë Müller',
      '---',
      '## Goals',
      '- Grow Zürich ARR from €1.0M to €1.5M by 2027-12-31 — with the CFO’s team 🚀.',
      '',
    ];
    writeFileSync(join(dir, 'repo', 'zurich-fy2027.md'), plan.join('\n'));
    const uncached = findings(await lint(false));
    const messages = uncached.results.find((r) => r.file.endsWith('zurich-fy2027.md'))!.diagnostics.map((d) => d.message);
    expect(messages.some((message) => message.includes('Zürich ARR from €1.0M'))).toBe(true);
    await lint(true);
    expect([...readFileSync(cacheFile())].every((byte) => byte < 0x80)).toBe(true);
    expect(findings(await lint(true))).toEqual(uncached);
  });

  it('sees an edit that keeps the size and the modification time (it hashes the bytes)', async () => {
    await lint(true);
    const path = join(dir, 'repo', PLAN);
    const { mtime, size } = statSync(path);
    const text = readFileSync(path, 'utf8');
    const owner = /^owner:.*$/m.exec(text)![0];
    writeFileSync(path, text.replace(owner, `owner: ""${' '.repeat(owner.length - 'owner: ""'.length)}`));
    utimesSync(path, mtime, mtime);
    expect(statSync(path).size).toBe(size);
    const cached = await lint(true);
    expect(findings(cached)).toEqual(findings(await lint(false)));
    expect(cached.results.find((r) => r.file.endsWith('acme-fy2027-q1.md'))!.diagnostics.some((d) => d.ruleId === 'frontmatter')).toBe(true);
  });

  it('keeps each linted plan’s findings and summary, and does not write the cache again when nothing changed', async () => {
    await lint(true);
    const data = cacheData();
    expect(data.format).toBe('plan-lint-cache/11');
    const entry = data.entries[join(dir, 'repo', PLAN)]!;
    expect(entry.summary.items.length).toBeGreaterThan(3);
    expect(Array.isArray(entry.diagnostics)).toBe(true);
    const before = statSync(cacheFile());
    await lint(true);
    const after = statSync(cacheFile());
    expect([after.mtimeMs, after.ino]).toEqual([before.mtimeMs, before.ino]);
  });

  it('appends the line of the one plan that changed, and of a plan deleted; a later line replaces an earlier one', async () => {
    await lint(true);
    const before = readFileSync(cacheFile(), 'latin1');
    const { ino } = statSync(cacheFile());
    edit(PLAN, /^owner:.*$/m, 'owner: ""');
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    const after = readFileSync(cacheFile(), 'latin1');
    expect(after.startsWith(`${before}\n`)).toBe(true);
    expect(statSync(cacheFile()).ino).toBe(ino);
    const appended = after.slice(before.length + 1);
    expect(appended).not.toContain('\n');
    expect(JSON.parse(appended.slice(29))[0]).toBe(join(dir, 'repo', PLAN));
    rmSync(join(dir, 'repo', PLAN));
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    expect(JSON.parse(cacheLines().at(-1)!.slice(29))).toEqual([join(dir, 'repo', PLAN), null]);
    expect(cacheData().entries[join(dir, 'repo', PLAN)]).toBeUndefined();
  });

  it('writes the file whole when it holds more stale lines than live ones', async () => {
    await lint(true);
    const [header, ...lines] = cacheLines();
    writeFileSync(cacheFile(), [header, ...lines, ...Array.from({ length: lines.length + 100 }, () => lines[0])].join('\n'));
    edit(PLAN, /^owner:.*$/m, 'owner: ""');
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    expect(cacheLines()).toHaveLength(lines.length + 1);
  });

  it('does not add to a cache file that another run wrote for another key after this run read it', () => {
    const config = loadConfig(dir);
    const settings = { fiscalYearStart: 1, requiredSections: DEFAULT_REQUIRED_SECTIONS, today: TODAY };
    const path = join(dir, 'repo', PLAN);
    const put = (cache: PlanCache, text: string) => cache.summary(path, path, Buffer.from(text), () => ({ plan: buildPlan(text, path), looksLikePlan: true }));
    const text = readFileSync(path, 'utf8');
    const first = PlanCache.open('.plancache', dir, config, settings)!;
    put(first, text);
    expect(first.save()).toBeUndefined();
    const second = PlanCache.open('.plancache', dir, config, settings)!;
    put(second, `${text}\nEdited.\n`);
    const [, ...lines] = cacheLines();
    writeFileSync(cacheFile(), [JSON.stringify({ format: 'plan-lint-cache/11', key: 'another' }), ...lines].join('\n'));
    expect(second.save()).toBeUndefined();
    expect(JSON.parse(cacheLines()[0]!).key).not.toBe('another');
    expect(cacheLines()).toHaveLength(2);
  });

  it('is dropped when a rule option changes (the key covers the rules’ options)', async () => {
    writeFileSync(join(dir, '.planrc.json'), JSON.stringify({ rules: { 'smart-achievable': ['warn', { maxGrowth: 1.01 }] } }));
    const first = await lint(true);
    writeFileSync(join(dir, '.planrc.json'), JSON.stringify({ rules: { 'smart-achievable': ['warn', { maxGrowth: 1000 }] } }));
    const cached = await lint(true);
    expect(findings(cached)).toEqual(findings(await lint(false)));
    expect(findings(cached)).not.toEqual(findings(first));
  });
});

/** Every key path of the cache's entries; arrays as [], and maps keyed by data (front matter keys, line numbers) as {}. */
function keyPaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const element of value) keyPaths(element, `${path}[]`, out);
  else if (value && typeof value === 'object') {
    const byData = /(?:headPlaces\.keys|actuals\.lines)$/.test(path);
    for (const [key, child] of Object.entries(value)) {
      const at = byData ? `${path}{}` : path ? `${path}.${key}` : key;
      out.add(at);
      keyPaths(child, at, out);
    }
  }
  return out;
}

describe('--cache: the format names the shape of what it keeps', () => {
  // A cache is trusted when its format, key and checksum match: a build that keeps summaries of another shape under
  // the same format would hand the repo rules data they cannot read. Changing this list means bumping FORMAT in
  // src/cache/plan-cache.ts.
  it('keeps entries of the shape plan-lint-cache/11 names', async () => {
    await lint(true);
    const { format, entries } = cacheData();
    expect({ format, paths: [...keyPaths(Object.values(entries))].sort() }).toEqual({ format: 'plan-lint-cache/11', paths: PATHS });
  });
});

describe('--cache: a cache it cannot use is a cold run, never an error', () => {
  it('a cache whose entries were edited: their checksums no longer match them, and those files are linted again', async () => {
    await lint(true);
    writeCache(cacheData()); // written back as it was: used
    const before = statSync(cacheFile());
    await lint(true);
    expect(statSync(cacheFile()).mtimeMs).toBe(before.mtimeMs);
    const data = cacheData();
    const [path] = Object.keys(data.entries);
    (data.entries as Record<string, unknown>)[path!] = { hash: 1, summary: { items: 'none' } };
    for (const entry of Object.values(data.entries)) delete (entry.summary as { items?: unknown }).items;
    writeCache(data, () => checksum('another line'));
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    expect(Object.keys(cacheData().entries).length).toBeGreaterThan(3);
    expect(Object.values(cacheData().entries).every((entry) => Array.isArray(entry.summary.items))).toBe(true);
  });

  it('a cache of the earlier format (one JSON document), replaced by this one', async () => {
    await lint(true);
    const { entries, key } = cacheData();
    writeFileSync(cacheFile(), JSON.stringify({ format: 'plan-lint-cache/2', key, entries }));
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    expect(cacheData().format).toBe('plan-lint-cache/11');
  });

  it('a cache file cut short, or empty', async () => {
    await lint(true);
    writeFileSync(cacheFile(), readFileSync(cacheFile(), 'utf8').slice(0, 200));
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    writeFileSync(cacheFile(), '');
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
  });

  it('a last line cut short: only its file is linted again, and its line is appended after it', async () => {
    await lint(true);
    const cut = readFileSync(cacheFile(), 'latin1').slice(0, -100);
    writeFileSync(cacheFile(), cut, 'latin1');
    expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    const after = readFileSync(cacheFile(), 'latin1');
    expect(after.startsWith(`${cut}\n`)).toBe(true);
    expect(after.slice(cut.length + 1)).not.toContain('\n');
  });
});

describe('--cache-location names a cache, a folder or a new path, nothing else', () => {
  it('refuses a plan, a Markdown file, and a file that is not a cache, and leaves them as they were', async () => {
    const plan = join('repo', PLAN);
    const original = readFileSync(join(dir, plan), 'utf8');
    await expect(lint(true, plan)).rejects.toThrow(WriteError);
    await expect(lint(true, 'notes.md')).rejects.toThrow(/Markdown file/);
    writeFileSync(join(dir, 'data.json'), '{"a": 1}');
    await expect(lint(true, 'data.json')).rejects.toThrow(/not a plan cache/);
    expect(readFileSync(join(dir, plan), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe('{"a": 1}');
  });

  it('refuses a FIFO and a link to /dev/zero without waiting on them', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync('/dev/zero', join(dir, 'zero'));
    await expect(lint(true, 'fifo')).rejects.toThrow(/not a regular file/);
    await expect(lint(true, 'zero')).rejects.toThrow(/not a regular file/);
  });

  it('takes a folder (existing, or ending in /) for .plancache in it, and a new path', async () => {
    await lint(true, 'caches/');
    expect(statSync(join(dir, 'caches', '.plancache')).isFile()).toBe(true);
    await lint(true, 'caches');
    await lint(true, 'my-cache');
    expect(statSync(join(dir, 'my-cache')).isFile()).toBe(true);
  });
});

describe('plan lint --cache (built binary)', () => {
  const cli = (args: string[]) => runCli(['lint', 'repo', '--no-ignore', ...args], { cwd: dir });

  it('prints the same report and exit code with and without the cache', () => {
    const plain = cli([]);
    expect(cli(['--cache']).stdout).toBe(plain.stdout);
    const cached = cli(['--cache']);
    expect([cached.code, cached.stdout, cached.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
  });

  it('--fix-dry-run and --fix from a warm cache: the unchanged plans are read again for their text', () => {
    const plain = cli(['--fix-dry-run', '--format', 'json']);
    expect(plain.stderr).toMatch(/--fix would fix \d+ findings? in 1 file/);
    cli(['--cache']);
    const cached = cli(['--cache', '--fix-dry-run', '--format', 'json']);
    expect([cached.code, cached.stdout, cached.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
    const fixed = cli(['--cache', '--fix', '--format', 'json']);
    expect(fixed.stderr).toMatch(/fixed \d+ findings? in 1 file/);
    expect(cli(['--format', 'json']).stdout).toBe(fixed.stdout);
  });

  it('a --cache-location that is a plan: one line, exit 2', () => {
    const run = cli(['--cache', '--cache-location', join('repo', PLAN)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `plan: ${join(dir, 'repo', PLAN)}: is a Markdown file, not a plan cache: --cache-location names a cache file, a folder or a new path\n`,
    );
  });

  it('a cache it cannot write: a warning after the report, the exit code unchanged', () => {
    const plain = cli([]);
    writeFileSync(join(dir, 'a-file'), '');
    const run = cli(['--cache', '--cache-location', 'a-file/cache']);
    expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
    expect(run.stderr).toMatch(/^plan: warning: could not write the cache .*a-file\/cache: .+\n$/);
  });
});

/** What the examples' entries hold, key path by key path (see keyPaths). */
const PATHS = [
  '[].diagnostics',
  '[].diagnostics[].anchor',
  '[].diagnostics[].docsUrl',
  '[].diagnostics[].end',
  '[].diagnostics[].end.column',
  '[].diagnostics[].end.line',
  '[].diagnostics[].file',
  '[].diagnostics[].fix',
  '[].diagnostics[].fix.range',
  '[].diagnostics[].fix.text',
  '[].diagnostics[].message',
  '[].diagnostics[].messageId',
  '[].diagnostics[].ruleId',
  '[].diagnostics[].severity',
  '[].diagnostics[].start',
  '[].diagnostics[].start.column',
  '[].diagnostics[].start.line',
  '[].hash',
  '[].looksLikePlan',
  '[].summary',
  '[].summary.actuals',
  '[].summary.actuals.fiscalYearStart',
  '[].summary.actuals.goals',
  '[].summary.actuals.goals[].baseline',
  '[].summary.actuals.goals[].checkInStatus',
  '[].summary.actuals.goals[].checkInStatus.date',
  '[].summary.actuals.goals[].checkInStatus.line',
  '[].summary.actuals.goals[].checkInStatus.status',
  '[].summary.actuals.goals[].currency',
  '[].summary.actuals.goals[].deadline',
  '[].summary.actuals.goals[].id',
  '[].summary.actuals.goals[].line',
  '[].summary.actuals.goals[].metric',
  '[].summary.actuals.goals[].milestone',
  '[].summary.actuals.goals[].owner',
  '[].summary.actuals.goals[].readings',
  '[].summary.actuals.goals[].readings[].currency',
  '[].summary.actuals.goals[].readings[].date',
  '[].summary.actuals.goals[].readings[].file',
  '[].summary.actuals.goals[].readings[].line',
  '[].summary.actuals.goals[].readings[].note',
  '[].summary.actuals.goals[].readings[].of',
  '[].summary.actuals.goals[].readings[].source',
  '[].summary.actuals.goals[].readings[].status',
  '[].summary.actuals.goals[].readings[].text',
  '[].summary.actuals.goals[].readings[].unit',
  '[].summary.actuals.goals[].readings[].value',
  '[].summary.actuals.goals[].section',
  '[].summary.actuals.goals[].statement',
  '[].summary.actuals.goals[].status',
  '[].summary.actuals.goals[].statusLine',
  '[].summary.actuals.goals[].target',
  '[].summary.actuals.goals[].targetText',
  '[].summary.actuals.goals[].unit',
  '[].summary.actuals.lines',
  '[].summary.actuals.lines{}',
  '[].summary.actuals.period',
  '[].summary.actuals.period.end',
  '[].summary.actuals.period.label',
  '[].summary.actuals.period.start',
  '[].summary.actuals.problems',
  '[].summary.actuals.tracksActuals',
  '[].summary.directives',
  '[].summary.file',
  '[].summary.headPlaces',
  '[].summary.headPlaces.first',
  '[].summary.headPlaces.first.column',
  '[].summary.headPlaces.first.endColumn',
  '[].summary.headPlaces.first.line',
  '[].summary.headPlaces.keys',
  '[].summary.headPlaces.keys{}',
  '[].summary.headPlaces.keys{}.column',
  '[].summary.headPlaces.keys{}.endColumn',
  '[].summary.headPlaces.keys{}.line',
  '[].summary.id',
  '[].summary.items',
  '[].summary.items[].column',
  '[].summary.items[].endColumn',
  '[].summary.items[].fields',
  '[].summary.items[].fields[].key',
  '[].summary.items[].fields[].name',
  '[].summary.items[].fields[].refs',
  '[].summary.items[].fields[].refs[].column',
  '[].summary.items[].fields[].refs[].endColumn',
  '[].summary.items[].fields[].refs[].id',
  '[].summary.items[].fields[].refs[].line',
  '[].summary.items[].fields[].refs[].raw',
  '[].summary.items[].fields[].value',
  '[].summary.items[].id',
  '[].summary.items[].line',
  '[].summary.items[].placeholder',
  '[].summary.items[].section',
  '[].summary.items[].statement',
  '[].summary.kind',
  '[].summary.owner',
  '[].summary.parent',
  '[].summary.period',
  '[].summary.reviewItems',
  '[].summary.status',
  '[].summary.title',
];
