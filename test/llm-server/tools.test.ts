import { describe, expect, it } from 'vitest';
import { buildRewritePrompt, buildTranslationPrompt } from '@/utils/drafting-tools/tool-prompts';
import { composeReply, readDraftPrompt } from './reply';
import { answerRewrite, answerTranslation } from './tools';

const userOf = (messages: { content: string }[]) => messages[1]!.content;

describe('answerRewrite', () => {
  it('rewrites the passage the extension’s prompt quotes, visibly per instruction', () => {
    const ask = (style: 'shorter' | 'friendlier' | 'custom', instruction = '') => answerRewrite(userOf(buildRewritePrompt({ draft: 'Whole draft', passage: 'It shipped. It <arrives> soon.', style, instruction })));
    expect(ask('shorter')).toEqual({ rewritten: 'It shipped.' });
    expect(ask('friendlier')).toEqual({ rewritten: 'Happy to help! It shipped. It <arrives> soon.' });
    expect(ask('custom', 'mention the 30-day window')).toEqual({ rewritten: 'It shipped. It <arrives> soon. (mention the 30-day window)' });
  });

  it('answers nothing to a draft prompt', () => {
    expect(answerRewrite('<latest_customer_message>Hi</latest_customer_message>')).toBeNull();
  });
});

describe('a Spanish conversation', () => {
  it('is answered in Spanish when the prompt names the language, and translated back', () => {
    const reply = composeReply(readDraftPrompt('Customer: Ana Ruiz\nCustomer\'s language: Spanish\n\n<latest_customer_message>\nQuiero un reembolso.\n</latest_customer_message>'));
    expect(reply).toContain('He pasado tu solicitud de reembolso');
    const translated = answerTranslation(userOf(buildTranslationPrompt({ customerMessage: 'Quiero un reembolso.', draft: reply, language: 'English' })));
    expect(translated).toEqual({ customer_message: '[English] Quiero un reembolso.', draft: 'Hi Ana,\n\nThank you for writing to us.\n\nI have passed your refund request to our billing team.\n\nBest regards' });
  });
});
