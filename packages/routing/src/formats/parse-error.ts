/** A malformed input file; `line` is 1-based. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly file?: string,
  ) {
    super(`${file ? `${file}:` : ''}line ${line}: ${message}`);
    this.name = 'ParseError';
  }
}
