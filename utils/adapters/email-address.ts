/**
 * E-mail addresses as pages show them inside other text: an account button's
 * aria-label ("Google Account: Marco Ruiz (marco@acme.io)"), a tab title, a
 * sidebar row. Good enough to find and compare addresses, not to validate them.
 */
const EMAIL_ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;

/** The first address in the text, or null. */
export function findEmailAddress(text: string | null | undefined): string | null {
  return EMAIL_ADDRESS.exec(text ?? '')?.[0] ?? null;
}

/** Addresses compare case-insensitively in practice (providers ignore the local part's case). */
export function sameEmailAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * A list of addresses as an agent types it (one a line, or separated by commas), lower-cased and
 * without repeats; an entry that is not an address is an error naming it, so nothing is half-saved.
 */
export function parseAddressList(text: string): { ok: true; addresses: string[] } | { ok: false; error: string } {
  const entries = text.split(/[\n,;]+/).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.find((entry) => findEmailAddress(entry) !== entry);
  if (wrong !== undefined) return { ok: false, error: `“${wrong.slice(0, 80)}” is not an email address.` };
  return { ok: true, addresses: [...new Set(entries.map((entry) => entry.toLowerCase()))] };
}
