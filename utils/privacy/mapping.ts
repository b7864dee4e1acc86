import { z } from 'zod';
import { PLACEHOLDER_LABEL, REDACTION_KINDS, type RedactionKind } from './kinds';
import { placeholderLabel } from './placeholders';
import { foldPreservingLength } from './text-folding';

/**
 * Which placeholder stands for which real value. A plain object so the worker
 * can keep it in session storage across a restart; it holds the very data
 * redaction hides, so it must never reach exports, logs or the model.
 */
export interface RedactionEntry {
  /** The label inside the brackets: `EMAIL_1`. */
  placeholder: string;
  kind: RedactionKind;
  /** The value as first seen in the conversation; restore writes this back. */
  value: string;
}

export interface RedactionMapping {
  entries: RedactionEntry[];
}

export const emptyMapping = (): RedactionMapping => ({ entries: [] });

const LABEL_PATTERN = new RegExp(`^(?:${Object.values(PLACEHOLDER_LABEL).join('|')})_[1-9]\\d*$`);

/** For a mapping read back from storage. */
export const redactionMappingSchema = z.object({
  entries: z
    .array(
      z
        .object({
          placeholder: z.string().regex(LABEL_PATTERN, 'not a redaction placeholder'),
          kind: z.enum(REDACTION_KINDS),
          value: z.string().min(1).max(50_000),
        })
        .refine((entry) => entry.placeholder.startsWith(`${PLACEHOLDER_LABEL[entry.kind]}_`), 'placeholder of another kind'),
    )
    .max(100_000)
    .refine(
      (entries) => new Set(entries.map((entry) => entry.placeholder)).size === entries.length,
      'each placeholder may appear once',
    ),
});

/**
 * Two spellings of one value share a placeholder: an email in any case, a
 * card or phone with or without spaces, a name with or without accents.
 */
function valueKey(kind: RedactionKind, value: string): string {
  switch (kind) {
    case 'phone':
      return kind + (value.trim().startsWith('+') ? '+' : '') + value.replace(/\D/g, '');
    case 'card':
    case 'iban':
    case 'national-id':
      return kind + value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    case 'email':
    case 'address':
    case 'customer-name':
      return kind + foldPreservingLength(value).replace(/\s+/g, ' ').trim();
  }
}

export interface PlaceholderAllocator {
  /** The label for this value, the same one every time the value comes back. */
  labelFor(kind: RedactionKind, value: string): string;
  mapping(): RedactionMapping;
}

/**
 * Hands out labels on top of an existing mapping, numbering each kind from 1
 * and skipping `reserved` labels: ones the customer's own text already
 * contains, which must not be mistaken for ours on restore.
 */
export function createPlaceholderAllocator(initial: RedactionMapping, reserved: Iterable<string>): PlaceholderAllocator {
  const entries = [...initial.entries];
  const labelByKey = new Map(entries.map((entry) => [valueKey(entry.kind, entry.value), entry.placeholder]));
  const taken = new Set([...reserved, ...entries.map((entry) => entry.placeholder)]);
  return {
    labelFor(kind, value) {
      const key = valueKey(kind, value);
      const known = labelByKey.get(key);
      if (known !== undefined) return known;
      let index = 1;
      while (taken.has(placeholderLabel(kind, index))) index++;
      const label = placeholderLabel(kind, index);
      taken.add(label);
      labelByKey.set(key, label);
      entries.push({ placeholder: label, kind, value });
      return label;
    },
    mapping: () => ({ entries: [...entries] }),
  };
}
