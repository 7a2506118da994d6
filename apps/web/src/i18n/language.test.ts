import { describe, expect, it } from 'vitest';
import { fillTemplate, languages } from './language.ts';
import type { Messages } from './messages-en.ts';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(name, value);
    else for (const [inner, text] of flatten(value, name)) entries.set(inner, text);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const asTree = (messages: Messages): Tree => messages;

describe('fillTemplate', () => {
  it('fills every named placeholder', () => {
    expect(fillTemplate('{a} of {b}, again {a}', { a: 1, b: 'two' })).toBe('1 of two, again 1');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fillTemplate('{known} {unknown}', { known: 'x' })).toBe('x {unknown}');
  });
});

describe('dictionaries', () => {
  const english = flatten(asTree(languages.en.messages));
  const chinese = flatten(asTree(languages.zh.messages));

  it('have the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(80);
  });

  it('use the same placeholders for each message in both languages', () => {
    for (const [key, text] of english) {
      expect({ key, placeholders: placeholders(chinese.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('have no empty message, and Chinese navigation labels in Chinese', () => {
    for (const [key, text] of [...english, ...chinese])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    expect(languages.zh.messages.nav.overview).toBe('总览');
    expect(languages.en.messages.nav.overview).toBe('Overview');
  });
});
