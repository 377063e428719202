/**
 * Where Python-Markdown's `LinkInlineProcessor.getLink` ends an inline link's
 * `(…)` and which parts are its href and title, read one character at a time
 * (`LinkScan.push`), so the caller stops reading where getLink stops:
 *
 * - `(<href> "title")`: an href in angle brackets (no `<` or `>` in it), then
 *   an optional quoted title, then `)`. Anything else reads as below, from the
 *   same start.
 * - Otherwise the href runs to the `)` that balances the `(`. A quote starts
 *   a title: parentheses after it are not counted (a second counter remembers
 *   where the href would end if the title never closes), and the link ends at
 *   a `)` right after the closing quote (spaces between allowed). A second,
 *   different quote is tried as the title's when the first does not close.
 *
 * `\` before ASCII punctuation escapes it (Python-Markdown has replaced such
 * escapes by placeholders before links are read). Offsets are counted from
 * the first character after `(` and its spaces; the spaces are `leading`.
 */
export interface LinkParts {
  /** Spaces and tabs after `(`. */
  leading: number;
  /** The href, as written (before `strip`), from `leading`. */
  href: {start: number; end: number};
  /** The title between its quotes (before `strip`), if any. */
  title?: {start: number; end: number};
  /** Offset of the closing `)`. */
  close: number;
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

export class LinkScan {
  private readonly chars: string[] = [];
  private leading = 0;
  private seenContent = false;
  /** The angle form is still possible (`<` first), then its states. */
  private angle: 'maybe' | 'href' | 'after-href' | 'title' | 'after-title' | 'failed' = 'maybe';
  private angleHrefEnd = -1;
  private angleQuote = '';
  private angleTitleStart = -1;
  private angleTitleEnd = -1;
  private readonly loop = new GetLinkLoop();
  private result: LinkParts | undefined;
  private finished = false;

  /** Read the next character; true once getLink has ended the link (then `parts()`). */
  push(char: string): boolean {
    if (this.finished) return true;
    if (!this.seenContent && (char === ' ' || char === '\t')) {
      this.leading++;
      return false;
    }
    this.seenContent = true;
    this.chars.push(char);
    const offset = this.chars.length - 1;
    if (this.angle !== 'failed' && this.pushAngle(offset > 0 && this.isEscaped(offset) ? '\u0003' : char, offset)) return this.done(this.angleParts(offset));
    if (this.angle === 'failed' || this.angle === 'maybe') {
      // The angle form failed at this character (or never applied): getLink's loop reads from the start.
      while (this.loop.read < this.chars.length) {
        const at = this.loop.read;
        const ended = this.loop.step(this.chars[at]!, at > 0 && this.isEscaped(at));
        if (ended) return this.done(this.loop.parts(this.leading));
      }
    }
    return false;
  }

  /** No more characters (the line ended): getLink's fallback, or no link (undefined). */
  end(): LinkParts | undefined {
    if (this.finished) return this.result;
    this.finished = true;
    if (this.angle !== 'failed') {
      this.angle = 'failed';
      while (this.loop.read < this.chars.length) {
        const at = this.loop.read;
        if (this.loop.step(this.chars[at]!, at > 0 && this.isEscaped(at))) return (this.result = this.loop.parts(this.leading));
      }
    }
    this.result = this.loop.fallback(this.leading);
    return this.result;
  }

  /** The characters read after `(` and its spaces. */
  text(): string {
    return this.chars.join('');
  }

  private done(parts: LinkParts): boolean {
    this.finished = true;
    this.result = parts;
    return true;
  }

  /** Whether the character at `at` follows an escaping backslash. */
  private isEscaped(at: number): boolean {
    let slashes = 0;
    for (let index = at - 1; index >= 0 && this.chars[index] === '\\'; index--) slashes++;
    return slashes % 2 === 1 && ASCII_PUNCTUATION.test(this.chars[at]!);
  }

  /** One character of `<href> "title")` (an escaped one as a placeholder); true when it closed the link. */
  private pushAngle(char: string, offset: number): boolean {
    switch (this.angle) {
      case 'maybe':
        this.angle = char === '<' ? 'href' : 'failed';
        return false;
      case 'href':
        if (char === '>') {
          this.angleHrefEnd = offset;
          this.angle = 'after-href';
        } else if (char === '<') this.angle = 'failed';
        return false;
      case 'after-href':
        if (char === ' ' || char === '\t') return false;
        if (char === ')') return true;
        if (char === '"' || char === "'") {
          this.angleQuote = char;
          this.angleTitleStart = offset + 1;
          this.angle = 'title';
        } else this.angle = 'failed';
        return false;
      case 'title':
        if (char === this.angleQuote) {
          this.angleTitleEnd = offset;
          this.angle = 'after-title';
        }
        return false;
      case 'after-title':
        if (char === ' ' || char === '\t') return false;
        if (char === ')') return true;
        this.angle = 'failed';
        return false;
      default:
        return false;
    }
  }

  private angleParts(close: number): LinkParts {
    return {
      leading: this.leading,
      href: {start: 1, end: this.angleHrefEnd},
      ...(this.angleTitleStart >= 0 ? {title: {start: this.angleTitleStart, end: this.angleTitleEnd}} : {}),
      close,
    };
  }
}

/** getLink's loop over the characters after `(` and its spaces, with its counters. */
class GetLinkLoop {
  read = 0;
  private bracketCount = 1;
  private backtrackCount = 1;
  private lastBracket = -1;
  private quote = '';
  private startQuote = -1;
  private exitQuote = -1;
  private ignoreMatches = false;
  private altQuote = '';
  private startAltQuote = -1;
  private exitAltQuote = -1;
  /** The last character read that is not a space. */
  private last = '';
  private closedAt = -1;
  private titleFrom: 'quote' | 'alt' | undefined;

  /** Read the character at `read`; true when the link is closed. */
  step(char: string, escaped: boolean): boolean {
    const index = this.read++;
    if (escaped) {
      // An escaped character is a placeholder for Python-Markdown: neither a bracket nor a quote, nor a quote as `last`.
      char = '\u0003';
    } else if (char === '(') {
      if (!this.ignoreMatches) this.bracketCount++;
      else if (this.backtrackCount > 0) this.backtrackCount--;
    } else if (char === ')') {
      if ((this.exitQuote !== -1 && this.quote === this.last) || (this.exitAltQuote !== -1 && this.altQuote === this.last)) {
        this.bracketCount = 0;
      } else if (!this.ignoreMatches) this.bracketCount--;
      else if (this.backtrackCount > 0) {
        this.backtrackCount--;
        if (this.backtrackCount === 0) this.lastBracket = index;
      }
    } else if (char === '"' || char === "'") {
      if (this.quote === '') {
        this.ignoreMatches = true;
        this.backtrackCount = this.bracketCount;
        this.bracketCount = 1;
        this.startQuote = index + 1;
        this.quote = char;
      } else if (char !== this.quote && this.altQuote === '') {
        this.startAltQuote = index + 1;
        this.altQuote = char;
      } else if (char === this.quote) this.exitQuote = index + 1;
      else if (this.altQuote !== '' && char === this.altQuote) this.exitAltQuote = index + 1;
    }
    if (this.bracketCount === 0) {
      this.closedAt = index;
      if (this.exitQuote >= 0 && this.quote === this.last) this.titleFrom = 'quote';
      else if (this.exitAltQuote >= 0 && this.altQuote === this.last) this.titleFrom = 'alt';
      return true;
    }
    if (char !== ' ') this.last = char;
    return false;
  }

  /** The link closed by `step`. */
  parts(leading: number): LinkParts {
    const close = this.closedAt;
    if (this.titleFrom === 'quote') {
      return {leading, href: {start: 0, end: this.startQuote - 1}, title: {start: this.startQuote, end: this.exitQuote - 1}, close};
    }
    if (this.titleFrom === 'alt') {
      return {leading, href: {start: 0, end: this.startAltQuote - 1}, title: {start: this.startAltQuote, end: this.exitAltQuote - 1}, close};
    }
    return {leading, href: {start: 0, end: close}, close};
  }

  /** After the last character: the `)` the backup counter found when a quote never closed the link, if any. */
  fallback(leading: number): LinkParts | undefined {
    // Without a `)` found by the backup counter (a `(` after the quote used it up), getLink slices from the end of the
    // paragraph (a negative index): no link here, CommonMark reads it.
    if (this.bracketCount !== 0 && this.backtrackCount === 0 && this.lastBracket >= 0) return {leading, href: {start: 0, end: this.lastBracket}, close: this.lastBracket};
    return undefined;
  }
}
