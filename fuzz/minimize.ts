/**
 * Shrinks a failing input while it keeps failing the same way: first whole
 * lines, then ever smaller runs of characters (delta debugging, greedy). The
 * result is what goes into a regression fixture.
 */

export interface MinimizeOptions {
  /** Stop after this many checks of candidates (each runs the whole pipeline twice). */
  maxChecks?: number;
}

export function minimize(input: string, fails: (candidate: string) => boolean, options: MinimizeOptions = {}): string {
  let budget = options.maxChecks ?? 2000;
  const attempt = (candidate: string): boolean => budget-- > 0 && candidate !== '' && fails(candidate);
  let current = shrink(input.split(/(?<=\n)/), (parts) => attempt(parts.join(''))).join('');
  current = shrink([...current], (parts) => attempt(parts.join(''))).join('');
  return current;
}

/** Remove chunks of `parts`, halving the chunk size down to one, while `fails` holds. */
function shrink<T>(parts: T[], fails: (parts: T[]) => boolean): T[] {
  let current = parts;
  for (let size = Math.max(1, current.length >> 1); size >= 1; size = size === 1 ? 0 : size >> 1) {
    for (let start = 0; start < current.length; ) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      if (candidate.length < current.length && fails(candidate)) current = candidate;
      else start += size;
    }
  }
  return current;
}
