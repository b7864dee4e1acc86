import { describe, expect, it } from 'vitest';
import { dot } from '../embedder';
import { DEFAULT_OFFLINE_DIMENSIONS, createOfflineEmbedder, embedOffline } from './offline-embedder';

const norm = (vector: Float32Array) => Math.sqrt(dot(vector, vector));
const similarity = (a: string, b: string) => dot(embedOffline(a, DEFAULT_OFFLINE_DIMENSIONS), embedOffline(b, DEFAULT_OFFLINE_DIMENSIONS));

describe('createOfflineEmbedder', () => {
  it('names itself with its version and dimension', () => {
    expect(createOfflineEmbedder().id).toBe('offline-hash-v2:512');
    expect(createOfflineEmbedder(384)).toMatchObject({ id: 'offline-hash-v2:384', dimensions: 384 });
  });

  it('is deterministic: the same text gives the same vector, from any instance', async () => {
    const [first] = await createOfflineEmbedder().embed(['I was charged twice for order #1042']);
    const [second] = await createOfflineEmbedder().embed(['I was charged twice for order #1042']);
    expect(first).toEqual(second);
  });

  it.each([256, 384, 512])('returns L2-normalised vectors of %i dimensions, in input order', async (dimensions) => {
    const texts = ['Where is my refund?', 'I cannot log in', 'Please cancel my subscription and refund the last two months.'];
    const vectors = await createOfflineEmbedder(dimensions).embed(texts);
    expect(vectors).toHaveLength(3);
    for (const [index, vector] of vectors.entries()) {
      expect(vector).toHaveLength(dimensions);
      expect(norm(vector)).toBeCloseTo(1, 5);
      expect(vector).toEqual(embedOffline(texts[index] ?? '', dimensions));
    }
  });

  it('gives the zero vector to text with nothing to embed', async () => {
    const [vector] = await createOfflineEmbedder().embed(['  …?! ']);
    expect(vector?.every((value) => value === 0)).toBe(true);
  });

  it('ignores case, accents and contraction spelling', () => {
    expect(embedOffline("I CAN'T find my Invoice", 256)).toEqual(embedOffline('i cannot find my invoice', 256));
    expect(embedOffline('Café order', 256)).toEqual(embedOffline('cafe order', 256));
  });

  it('refuses a dimension that is not a positive integer', () => {
    expect(() => createOfflineEmbedder(0)).toThrow(RangeError);
  });

  it('stops when aborted', async () => {
    await expect(createOfflineEmbedder().embed(['hello'], AbortSignal.abort())).rejects.toThrow();
  });
});

describe('similarity on support language', () => {
  it.each([
    ['I was charged twice for my subscription', 'I was chraged twice for my subscripton', 'How do I change my shipping address?'],
    ['Where is my refund?', 'where is my refnud', 'Can I pay with PayPal?'],
    ['I forgot my password and cannot log in', 'i forgot my pasword and cant login', 'When will my parcel arrive?'],
    ['How do I cancel my order?', 'how do i cancle my ordr', 'I want to leave a review of your service'],
    ['My package has not arrived yet', 'My pakage hasnt arived yet', 'Please delete my account'],
  ])('a typo is closer than an unrelated message: %s', (message, typo, unrelated) => {
    expect(similarity(message, typo)).toBeGreaterThan(similarity(message, unrelated) + 0.1);
  });

  // Paraphrases that share a content word or its inflection. Ones that share none ("refund" and
  // "reimbursement") need a semantic embedder: the offline one has no thesaurus (issue 20).
  it.each([
    ['I want a refund for the damaged item', 'The product arrived damaged, can I get refunded?', 'How can I update my billing address?'],
    ['Can I speak to a human agent?', 'I would like to talk to an agent', 'Where can I download my invoice?'],
    ['How do I delete my account?', 'Please get my account deleted', 'My order arrived late'],
    ['Where can I find my invoice for March?', 'Could you send me the March invoices?', 'I cannot reset my password'],
    ['What is the fee for cancelling early?', 'Is there a cancellation fee if I leave early?', 'How do I track my parcel?'],
    ['My delivery is late', 'The delivery has been delayed', 'I want to subscribe to the newsletter'],
    ['I want to change the email on my account', 'How do I change the e-mail address of my account?', 'Do you ship to Canada?'],
  ])('a paraphrase is closer than an unrelated message: %s', (message, paraphrase, unrelated) => {
    expect(similarity(message, paraphrase)).toBeGreaterThan(similarity(message, unrelated) + 0.1);
  });

  it('ranks a message on the same topic above one that shares only the framing words', () => {
    const query = 'I need help getting my refund';
    const sameNeed = 'Could you process the refund for me?';
    const sameFraming = 'I need help with my password';
    expect(similarity(query, sameNeed)).toBeGreaterThan(similarity(query, sameFraming));
  });
});
