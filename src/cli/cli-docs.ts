import { main } from './main.js';

/** The width docs/cli.md is wrapped at, whatever the terminal of whoever runs `npm run generate`. */
const HELP_WIDTH = 100;

/** What `plan [command] --help` prints, run through the real command line (so the page cannot drift from it). */
async function helpOf(args: string[]): Promise<string> {
  let out = '';
  await main(['node', 'plan', ...args, '--help'], {
    stdout: (text) => void (out += text),
    stderr: (text) => void (out += text),
    color: false,
    env: {},
    cwd: process.cwd(),
    helpWidth: HELP_WIDTH,
  });
  return out.trimEnd();
}

/** docs/cli.md: the help of `plan` and of each of its commands, in the order `plan --help` lists them. */
export async function cliReference(): Promise<string> {
  const top = await helpOf([]);
  const commands = [...top.matchAll(/^ {2}([a-z][a-z-]*) /gm)].map((m) => m[1]!).filter((name) => name !== 'help');
  const sections = await Promise.all(commands.map(async (name) => `## plan ${name}\n\n\`\`\`text\n${await helpOf([name])}\n\`\`\``));
  return [
    "<!-- Generated from the command line's own help by `npm run generate`; edit src/cli/main.ts, not this file. -->",
    '# Command line reference',
    '',
    'Every command and option of `plan`, as `plan --help` and `plan COMMAND --help` print them. Installed as a',
    'dev dependency, run it as `npx plan-lint …` or `npx plan …` (both names are the same program). Exit codes: 0',
    'clean, 1 findings (or more warnings than `--max-warnings`), 2 a usage, configuration or input failure.',
    '',
    '```text',
    top,
    '```',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
