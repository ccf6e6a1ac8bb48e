import { describe, expect, it } from 'vitest';
import { boilerplateWords, isFurnitureLine } from '../../../utils/article/patterns';
import { cleanDocumentTitle, stripSiteName } from '../../../utils/article/meta';

describe('boilerplateWords', () => {
  it('marks share bars, related links, comments and newsletters', () => {
    for (const w of ['share-bar', 'related-stories', 'comments', 'newsletter-signup', 'article-share', 'outbrain', 'cookie-banner']) {
      expect(boilerplateWords(w), w).toBe(true);
    }
  });

  it('does not mark article bodies, layout wrappers or embedded posts', () => {
    for (const w of [
      'story-body',
      'article-body paywall',
      'content-with-sidebar-wrp',
      'field-label-hidden',
      'main-white and-w-sidebar',
      'social-media-embed',
      'read-more-content',
      'entry-content',
    ]) {
      expect(boilerplateWords(w), w).toBe(false);
    }
  });

  it('marks weak words (sidebar, footer, ad) only without a content word', () => {
    expect(boilerplateWords('sidebar')).toBe(true);
    expect(boilerplateWords('footer-wrap')).toBe(true);
    expect(boilerplateWords('ad-slot')).toBe(true);
    expect(boilerplateWords('page-content footer')).toBe(false);
  });
});

describe('isFurnitureLine', () => {
  it('recognises ad labels, bylines, datelines, credits and prompts', () => {
    for (const t of [
      'Advertisement',
      'Anzeige',
      'By Jane Doe',
      'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.',
      'Nov. 20, 2019 6:02 AM EST',
      '19 novembre 2019 à 10:32',
      'Updated 14:05',
      'Reporting by Ann Lee; Editing by Bo Chan',
      'Fox News’ Jane Doe contributed to this report.',
      'Sign up for our newsletter',
      'Read more:',
      'The plague doctor (Image: GETTY)',
      'Jane Doe is a reporter for The Daily Example.',
      '1 / 5',
      'Get Harbour Weekly in your inbox',
      'What you need to know to start the day',
      'Breaking News',
      'Subscribe',
      'Live updates',
      'Newsletter:',
    ])
      expect(isFurnitureLine(t), t).toBe(true);
  });

  it('keeps sentences and subheads that merely mention dates, names or posting', () => {
    for (const t of [
      'By the numbers',
      'What may happen in 2020',
      'He said the vote on May 5 2020 was final.',
      'Posted on social media by the analysts, the port is not smooth on the service.',
      'Kenya trip',
      'The wheel will be cast from recycled bronze.',
      'What you need to know about the new ferry fares',
      'Breaking news is rarely the whole story, the editor said.',
      'Living with the river',
    ])
      expect(isFurnitureLine(t), t).toBe(false);
  });
});

describe('titles', () => {
  it('strips a trailing site name from a declared title', () => {
    expect(stripSiteName('Obama admits gun laws frustrate him - BBC News', 'BBC News')).toBe('Obama admits gun laws frustrate him');
    expect(stripSiteName('Whale strandings | Eleanor Ainge Roy', 'the Guardian')).toBe('Whale strandings | Eleanor Ainge Roy');
  });

  it('cleans <title> of a site-name part', () => {
    expect(cleanDocumentTitle('Harbour town votes to rebuild its mill | The Coastal Ledger', 'The Coastal Ledger')).toBe(
      'Harbour town votes to rebuild its mill',
    );
    expect(cleanDocumentTitle('The Coastal Ledger – News from the coast', 'The Coastal Ledger')).toBe('News from the coast');
    expect(cleanDocumentTitle('A much longer headline about the harbour - Ledger', null)).toBe('A much longer headline about the harbour');
    expect(cleanDocumentTitle('Short one - Ledger', null)).toBe('Short one - Ledger');
  });
});
