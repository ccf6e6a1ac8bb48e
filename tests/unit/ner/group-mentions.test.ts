/** Groups the tagger calls organisations (words chosen for this test). */
import { describe, expect, it } from 'vitest';
import { isGroupMention } from '../../../utils/nlp/ner/groups';

describe('isGroupMention', () => {
  it('a nationality or religion adjective tagged ORG is a group; a region’s adjective is not', () => {
    expect(isGroupMention('ORG', ['Palestinian'])).toBe(true);
    expect(isGroupMention('ORG', ['Muslim'])).toBe(true);
    expect(isGroupMention('ORG', ['North', 'Korean'])).toBe(true);
    expect(isGroupMention('ORG', ['Northern', 'Pacific'])).toBe(false);
    expect(isGroupMention('MISC', ['North', 'Korean'])).toBe(true);
  });

  it('members in the plural are a group; a party named by its adjective stays an organisation', () => {
    expect(isGroupMention('ORG', ['Democrats'])).toBe(true);
    expect(isGroupMention('ORG', ['Labour'])).toBe(false);
    expect(isGroupMention('ORG', ['Liberal'])).toBe(false);
  });

  it('other names and other types are no group', () => {
    expect(isGroupMention('ORG', ['Palestinian', 'Authority'])).toBe(false);
    expect(isGroupMention('PERSON', ['Muslim'])).toBe(false);
    expect(isGroupMention('MISC', ['Jewish'])).toBe(true);
  });
});
