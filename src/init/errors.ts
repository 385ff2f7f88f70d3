/** A reason plan init or plan review cannot go on, as one line; the CLI prints it and exits 2. */
export class InitError extends Error {
  constructor(
    message: string,
    /** The file the message is about, when there is one. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'InitError';
  }
}
