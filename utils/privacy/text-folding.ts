/**
 * Lower case without accents, one UTF-16 unit for one: "José" and "JOSE" fold
 * to the same text, and a match in the folded text is at the same offsets in
 * the original. Characters whose folding would change the length stay as they are.
 */
export function foldPreservingLength(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    const base = char.normalize('NFD').charAt(0);
    const lower = base.toLowerCase();
    folded += lower.length === 1 ? lower : char;
  }
  return folded;
}
