import { z } from 'zod';

/** What the redactor can hide from the model, in the order the panel lists them. */
export const REDACTION_KINDS = ['email', 'phone', 'card', 'iban', 'national-id', 'address', 'customer-name'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** The word inside a placeholder: `[EMAIL_1]`, `[NATIONAL_ID_1]`, `[NAME_1]`. */
export const PLACEHOLDER_LABEL: Readonly<Record<RedactionKind, string>> = {
  email: 'EMAIL',
  phone: 'PHONE',
  card: 'CARD',
  iban: 'IBAN',
  'national-id': 'NATIONAL_ID',
  address: 'ADDRESS',
  'customer-name': 'NAME',
};

/**
 * Per-kind toggles as the options page stores them. Every kind is on unless
 * turned off, so settings saved before a kind existed still redact it.
 */
export const redactionKindsSchema = z.object({
  email: z.boolean().default(true),
  phone: z.boolean().default(true),
  card: z.boolean().default(true),
  iban: z.boolean().default(true),
  'national-id': z.boolean().default(true),
  address: z.boolean().default(true),
  'customer-name': z.boolean().default(true),
});
export type RedactionKinds = z.infer<typeof redactionKindsSchema>;

export const DEFAULT_REDACTION_KINDS: RedactionKinds = redactionKindsSchema.parse({});
