import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

/** One scripted exchange: when the screen shows `when`, the user types `keys`. */
export interface ScriptStep {
  when: string | RegExp;
  keys: string;
}

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A' } as const;

/**
 * A fake terminal for the prompt library: it watches what is written and, each time the next step's cue appears,
 * types that step's keys. Everything shown is kept (ANSI codes removed) so tests can check the questions asked.
 */
export function scriptedTerminal(steps: ScriptStep[]) {
  const input = new PassThrough();
  let screen = '';
  let sinceLastStep = '';
  let next = 0;
  const output = new Writable({
    write(chunk, _encoding, done) {
      const text = stripVTControlCharacters(String(chunk));
      screen += text;
      sinceLastStep += text;
      const step = steps[next];
      if (step && (typeof step.when === 'string' ? sinceLastStep.includes(step.when) : step.when.test(sinceLastStep))) {
        next++;
        sinceLastStep = '';
        // Type after the prompt has finished drawing and listens for keys.
        setImmediate(() => input.write(step.keys));
      }
      done();
    },
  });
  // Like a real terminal, the screen outlives each prompt: the prompt library pipes into it and ends the pipe when done.
  output.end = () => output;
  return {
    terminal: { input, output },
    screen: () => screen,
    /** Steps whose cue never appeared. */
    unused: () => steps.slice(next),
  };
}
