/** A count with its noun in the right number: plural(1, "position") is "1 position", plural(2, "entry", "entries") "2 entries". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
