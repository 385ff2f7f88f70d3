import { type Alignment, alignFiles } from '../alignment/build.js';
import { renderDot } from '../alignment/dot.js';
import { renderGraphJson } from '../alignment/graph-json.js';
import { renderMermaid } from '../alignment/mermaid.js';
import { renderTreeJson } from '../alignment/tree-json.js';
import { renderTreeText } from '../alignment/tree-text.js';
import { loadConfig } from '../config/load.js';
import { escapeTerminal, showControlCharacters } from '../text/escape.js';
import { EXIT, type Io, type SharedOptions, UsageError, walkOptions } from './io.js';
import { writeOutput } from './output.js';

export interface AlignmentCommandOptions extends Pick<SharedOptions, 'config' | 'ignorePattern' | 'ignore'> {
  format: string;
  outputFile?: string;
}

type Renderer = (alignment: Alignment, io: Io) => string;

export const TREE_FORMATS: Record<string, Renderer> = {
  text: (alignment, io) => renderTreeText(alignment, { color: io.color }),
  json: (alignment) => renderTreeJson(alignment),
};

export const GRAPH_FORMATS: Record<string, Renderer> = {
  // Plan text reaches these as labels: a control character in it (ESC, BEL) is shown, not sent to the terminal.
  mermaid: (alignment) => showControlCharacters(renderMermaid(alignment)),
  dot: (alignment) => showControlCharacters(renderDot(alignment)),
  json: (alignment) => renderGraphJson(alignment),
};

/** `plan tree` and `plan graph`: read the plans (and the repo plans their links need), render who supports whom. */
export async function runAlignment(paths: string[], options: AlignmentCommandOptions, formats: Record<string, Renderer>, io: Io): Promise<number> {
  const render = formats[options.format];
  if (!render) throw new UsageError(`unknown format "${options.format}" (choose one of ${Object.keys(formats).join(', ')})`);
  const config = loadConfig(io.cwd, options.config);
  const { alignment, failures } = await alignFiles(paths.length > 0 ? paths : ['.'], { ...walkOptions(options, io), config });
  for (const failure of failures) io.stderr(`plan: ${escapeTerminal(failure.file)}: ${escapeTerminal(failure.message)}\n`);
  if (alignment.plans.length === 0) return EXIT.failure;
  writeOutput(render(alignment, io), options.outputFile, io);
  return failures.length > 0 ? EXIT.failure : EXIT.ok;
}
