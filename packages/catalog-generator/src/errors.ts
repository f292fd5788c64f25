/** A document the generator cannot read without guessing. The line is 1-based, in the file as given. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`source line ${line}: ${message}`);
  }
}
