import { describe, expect, it } from 'vitest';
import { applyVoice, greetingFor, voiceInstructions } from './voice';

const DRAFT = 'Hi Jane,\n\nWe refunded the duplicate charge.\n\nBest regards';

describe('applyVoice', () => {
  it('leaves the draft alone when the agent set no voice', () => {
    expect(applyVoice(DRAFT, { greeting: '', signature: '' }, 'Jane Doe')).toBe(DRAFT);
  });

  it("replaces the model's sign-off with the agent's signature, line breaks kept", () => {
    expect(applyVoice(DRAFT, { greeting: '', signature: 'Cheers,\nSam · Acme Support' }, 'Jane Doe')).toBe(
      'Hi Jane,\n\nWe refunded the duplicate charge.\n\nCheers,\nSam · Acme Support',
    );
  });

  it.each([
    ['Kind regards,\nThe team'],
    ['Un saludo'],
    ['Mit freundlichen Grüßen'],
    ['Cordialement,'],
    ['Met vriendelijke groet'],
  ])('recognises the sign-off %j', (signOff) => {
    expect(applyVoice(`Hola Ana,\n\nYa está.\n\n${signOff}`, { greeting: '', signature: 'Sam' }, 'Ana')).toBe('Hola Ana,\n\nYa está.\n\nSam');
  });

  it('adds the signature where the model wrote none, and never twice', () => {
    const once = applyVoice('Hi Jane,\n\nDone.', { greeting: '', signature: 'Sam' }, 'Jane');
    expect(once).toBe('Hi Jane,\n\nDone.\n\nSam');
    expect(applyVoice(once, { greeting: '', signature: 'Sam' }, 'Jane')).toBe(once);
  });

  it("puts the agent's greeting in place of the model's, with the customer's first name", () => {
    expect(applyVoice(DRAFT, { greeting: 'Hey {name}!', signature: '' }, 'Jane Doe')).toBe('Hey Jane!\n\nWe refunded the duplicate charge.\n\nBest regards');
  });

  it('adds the greeting above a draft that opens with the answer', () => {
    expect(applyVoice('We refunded it.', { greeting: 'Hello {name},', signature: '' }, 'Jane')).toBe('Hello Jane,\n\nWe refunded it.');
  });

  it('never takes a first sentence for a greeting', () => {
    const draft = 'Dear as it is, the plan costs more this year because of the new features we added.\n\nBest';
    expect(applyVoice(draft, { greeting: 'Hi {name},', signature: '' }, 'Jo').split('\n\n')[1]).toBe(draft.split('\n\n')[0]);
  });
});

describe('greetingFor', () => {
  it('drops the name placeholder when no name is known, or the helpdesk shows an address', () => {
    expect(greetingFor('Hi {name},', '')).toBe('Hi,');
    expect(greetingFor('Hi {name},', 'jane@example.com')).toBe('Hi,');
  });
});

describe('voiceInstructions', () => {
  it('tells the model to leave the sign-off out when the agent signs, and quotes the team tone', () => {
    const text = voiceInstructions({ greeting: '', signature: 'Sam' }, 'Warm, plain words. <b>No jargon</b>.');
    expect(text).toContain('no sign-off');
    expect(text).toContain('<team_tone>Warm, plain words. &lt;b&gt;No jargon&lt;/b&gt;.</team_tone>');
  });

  it('says nothing when there is nothing to say', () => {
    expect(voiceInstructions({ greeting: '', signature: '' }, '  ')).toBe('');
  });
});
