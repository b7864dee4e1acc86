import { describe, expect, it } from 'vitest';
import { invisibilityReason, type StyleFacts, type VisibilityFacts } from './visibility-check';

const shown: StyleFacts = { display: 'flex', visibility: 'visible', opacity: '1', filter: 'none', clipPath: 'none', maskImage: 'none' };
const ancestor: StyleFacts = { ...shown, display: 'block' };

function facts(overrides: Partial<VisibilityFacts> = {}): VisibilityFacts {
  return {
    connected: true,
    documentVisible: true,
    checkVisibility: true,
    styles: [shown, { ...ancestor, display: 'inline' }, ancestor, ancestor],
    rect: { left: 500, top: 740, width: 300, height: 44 },
    viewport: { width: 1280, height: 800 },
    onTopAt: [true, true, true, true, true],
    observerVisible: true,
    ...overrides,
  };
}

const withHost = (style: Partial<StyleFacts>) => ({ styles: [shown, { ...ancestor, ...style }, ancestor, ancestor] });

describe('invisibilityReason', () => {
  it('accepts a countdown on screen, on top, untouched', () => {
    expect(invisibilityReason(facts())).toBeNull();
  });

  it('accepts it where the browser lacks IntersectionObserver v2 and the other checks pass', () => {
    expect(invisibilityReason(facts({ observerVisible: null }))).toBeNull();
  });

  it.each([
    ['removed', { connected: false }, /removed/],
    ['in a background tab', { documentVisible: false }, /not in front/],
    ['display: none somewhere above', { checkVisibility: false }, /hid it/],
    ['display: none on the host', withHost({ display: 'none' }), /hid it/],
    ['opacity 0 on the host', withHost({ opacity: '0' }), /transparent/],
    ['opacities that multiply below 0.9', { styles: [shown, { ...ancestor, opacity: '0.95' }, { ...ancestor, opacity: '0.9' }] }, /transparent/],
    ['visibility: hidden inherited', { styles: [{ ...shown, visibility: 'hidden' }, ancestor] }, /hid it/],
    ['a filter', withHost({ filter: 'brightness(0)' }), /filter/],
    ['a clip-path', withHost({ clipPath: 'inset(50%)' }), /clipped/],
    ['a mask', withHost({ maskImage: 'linear-gradient(transparent, transparent)' }), /clipped/],
    ['shrunk', { rect: { left: 500, top: 740, width: 30, height: 4 } }, /shrank/],
    ['pushed off screen', { rect: { left: 500, top: 900, width: 300, height: 44 } }, /outside the window/],
    ['partly off screen', { rect: { left: 1100, top: 740, width: 300, height: 44 } }, /outside the window/],
    ['covered at one point', { onTopAt: [true, true, false, true, true] }, /covered/],
    ['reported hidden by the browser (a click-through cover)', { observerVisible: false }, /browser reports/],
  ])('refuses a countdown %s', (_name, overrides, reason) => {
    expect(invisibilityReason(facts(overrides as Partial<VisibilityFacts>))).toMatch(reason);
  });
});
