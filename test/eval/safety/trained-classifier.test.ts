import { describe, expect, it } from 'vitest';
import { hashedFeatures, thresholdForRecall, trainClassifier, type LabelledText } from './trained-classifier';

const sensitive = (text: string): LabelledText => ({ text, sensitive: true });
const benign = (text: string): LabelledText => ({ text, sensitive: false });

const ROWS: LabelledText[] = [
  sensitive('please refund my last payment'),
  sensitive('I want a refund for the double charge'),
  sensitive('refund the money you took twice'),
  sensitive('delete my account and all my data'),
  sensitive('remove every record you hold about me'),
  sensitive('erase my data from your servers'),
  benign('how do I change the colour of the dashboard'),
  benign('where is the dark mode setting'),
  benign('can I export a chart as a picture'),
  benign('how do I add a colleague to a project'),
  benign('what does the blue badge mean'),
  benign('is there a keyboard shortcut for search'),
];

describe('hashedFeatures', () => {
  it('folds case and accents, so forms of one word meet', () => {
    expect([...hashedFeatures('Rückerstattung')].sort()).toEqual([...hashedFeatures('ruckerstattung')].sort());
  });

  it('lights each bucket once however often the text repeats it', () => {
    expect(hashedFeatures('refund refund refund').length).toBe(hashedFeatures('refund refund').length);
  });
});

describe('trainClassifier', () => {
  it('scores unseen wording of a trained act above unseen routine questions', () => {
    const model = trainClassifier(ROWS);
    expect(model.score('could you refund me')).toBeGreaterThan(model.score('how do I change the font'));
    expect(model.score('delete all my data')).toBeGreaterThan(model.score('where is the search setting'));
  });

  it('is repeatable for one seed', () => {
    expect(trainClassifier(ROWS).score('refund please')).toBe(trainClassifier(ROWS).score('refund please'));
  });

  it('refuses a training set with one class only', () => {
    expect(() => trainClassifier(ROWS.filter((row) => row.sensitive))).toThrow(/both sensitive and benign/);
  });
});

describe('thresholdForRecall', () => {
  it('keeps every sensitive training message at full recall', () => {
    const threshold = thresholdForRecall(ROWS, 1, 3);
    const model = trainClassifier(ROWS);
    expect(ROWS.filter((row) => row.sensitive).every((row) => model.score(row.text) >= threshold)).toBe(true);
  });
});
