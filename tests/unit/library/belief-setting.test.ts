/** The "Also underline beliefs, intentions and perceptions" switch: off by default, validated, carried into the page policy. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, highlightPolicy, normaliseSettings } from '../../../utils/settings/settings';

describe('beliefClaims setting', () => {
  it('is off by default and in the policy', () => {
    expect(defaultSettings().beliefClaims).toBe(false);
    expect(highlightPolicy(defaultSettings(), 'example.org').beliefClaims).toBe(false);
  });
  it('keeps a boolean from storage and drops anything else', () => {
    expect(normaliseSettings({ beliefClaims: true }).beliefClaims).toBe(true);
    expect(normaliseSettings({ beliefClaims: 'yes' }).beliefClaims).toBe(false);
    expect(highlightPolicy(normaliseSettings({ beliefClaims: true }), 'example.org').beliefClaims).toBe(true);
  });
});
