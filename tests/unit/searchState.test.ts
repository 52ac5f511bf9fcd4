import { describe, expect, it } from 'vitest';
import { readSearchState, safeExcerpt, textFragment, withHighlight, writeSearchState } from '../../src/utils/searchState.ts';

describe('the search state in the address, so a search can be shared', () => {
  it.each([
    ['', { q: '', filters: {}, sort: 'relevance' }],
    ['?q=moratorium', { q: 'moratorium', filters: {}, sort: 'relevance' }],
    ['?q=Lavrov&speaker=Sergey+Lavrov&actor=person&sort=newest', { q: 'Lavrov', filters: { speaker: 'Sergey Lavrov', 'actor kind': 'person' }, sort: 'newest' }],
    ['?q=x&sort=sideways', { q: 'x', filters: {}, sort: 'relevance' }],
    ['?type=Statement&year=2019', { q: '', filters: { type: 'Statement', year: '2019' }, sort: 'relevance' }],
  ])('%s is read as the search it describes', (address, state) => {
    expect(readSearchState(address)).toEqual(state);
  });

  it('writes back the same address it reads, leaving out defaults', () => {
    for (const address of ['?q=Lavrov&speaker=Sergey+Lavrov&actor=person&sort=newest', '?q=9M729&topic=9M729+missile', '']) {
      expect(writeSearchState(readSearchState(address))).toBe(address);
    }
  });
});

describe('highlighting the matched words on arrival with a text fragment', () => {
  it.each([
    ['to secure a <mark>moratorium</mark> on the deployment of', ':~:text=to%20secure%20a-,moratorium,-on%20the%20deployment'],
    ['<mark>Ryabkov</mark> said.', ':~:text=Ryabkov,-said.'],
    ['range of 500-5,500 <mark>km</mark>', ':~:text=range%20of%20500%2D5%2C500-,km'],
    ['nothing marked here', ''],
  ])('%s gives %s', (excerpt, fragment) => {
    expect(textFragment(excerpt)).toBe(fragment);
  });

  it('adds the directive after the passage anchor, or makes a fragment for it', () => {
    expect(withHighlight('/articles/a/#stoltenberg-no-breakthrough', '<mark>breakthrough</mark>')).toBe('/articles/a/#stoltenberg-no-breakthrough:~:text=breakthrough');
    expect(withHighlight('/actors/jens-stoltenberg/', '<mark>Stoltenberg</mark>')).toBe('/actors/jens-stoltenberg/#:~:text=Stoltenberg');
  });

  it('never lets page text in an excerpt become markup: only <mark> survives', () => {
    expect(safeExcerpt('a <mark>word</mark> <img src=x onerror=alert(1)> </script>')).toBe('a <mark>word</mark> &lt;img src=x onerror=alert(1)> &lt;/script>');
  });
});
