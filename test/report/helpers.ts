import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder } from '../helpers/folder.js';

/** A plan with the given front matter lines and Goals items, and the sections a clean account plan needs. */
export function plan(frontMatter: Record<string, string>, goals: string, extra = ''): string {
  const head = Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${head}\n---\n\n# ${frontMatter.title ?? 'Plan'}\n\n## Goals\n\n${goals}\n\n## Accountability\n\n- Monthly review.\n${extra}`;
}

/** A git repository with the files committed on the given date by a fixed author. */
export function gitRepo(files: Record<string, string>, date = '2027-01-05T10:00:00Z'): string {
  const dir = folder(files, 'plan-report-git-');
  git(dir, ['init', '-q', '-b', 'main']);
  commitAll(dir, 'first', date);
  return dir;
}

export function commitAll(dir: string, message: string, date: string, author = 'Dana Reyes'): void {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'dana@example.com' });
}

export function writeAndCommit(dir: string, file: string, text: string, date: string, author?: string): void {
  writeFileSync(join(dir, file), text);
  commitAll(dir, `edit ${file}`, date, author);
}

function git(dir: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_COMMITTER_NAME: 'CI',
      GIT_COMMITTER_EMAIL: 'ci@example.com',
      GIT_AUTHOR_NAME: 'Dana Reyes',
      GIT_AUTHOR_EMAIL: 'dana@example.com',
      ...env,
    },
    stdio: 'ignore',
  });
}
