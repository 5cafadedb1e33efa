/*
 * Phrase lists for the coach, English and Italian, matched on the lower-cased draft. Short and readable on
 * purpose: a trainee should be able to see why a finding fired.
 */

/** A phrase list matched as whole words; only test, exec and spans, so the pattern can be built on first use. */
export interface PhraseList {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** Where each match is in the text: [start, end) offsets. */
  spans(text: string): [number, number][];
}

/**
 * Whole-word matcher for a phrase list. Built on first use: the coach runs only while a reply is being
 * written, and building all its patterns when the content script loads cost ~2 ms of the page's load.
 */
export const words = (list: string[]): PhraseList => {
  let pattern: RegExp | undefined;
  const compiled = () => (pattern ??= new RegExp(`(?:^|[^\\p{L}])(?:${list.join('|')})(?=$|[^\\p{L}])`, 'iu'));
  const spans = (text: string): [number, number][] =>
    [...text.matchAll(new RegExp(compiled().source, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
  return { test: (text) => compiled().test(text), exec: (text) => compiled().exec(text), spans };
};

export const SARCASM = words([
  'yeah right',
  'sure,? because',
  'as if',
  'obviously you',
  'clearly you',
  'good luck with that',
  'congratulations on',
  'wow,? just wow',
  'thanks for nothing',
  'nice try',
  'if you say so',
  'whatever',
  'certo,? come no',
  'ovviamente (?:tu|lei|hai|ha)',
  'complimenti per',
  'ma dai',
  'sì,? vabbè',
  'vabbè',
  'buona fortuna',
  'se lo dici tu',
  'se lo dice lei',
  'bella domanda,? eh',
  'ma certo',
  'grazie tante',
]);
export const SARCASM_MARKS = /🙄|😏|🙃|😒|\/s\b|!{3,}|\?!|!\?|"[^"]{1,20}"\s*(?:service|servizio|problem|problema)/u;

export const JOKES = words([
  'haha\\w*',
  'ahah\\w*',
  'lol',
  'lmao',
  'rofl',
  'jk',
  'just kidding',
  'scherzo',
  'scherziamo',
  'sto scherzando',
  'battuta',
  'xd',
]);
export const JOKE_EMOJI = /😂|🤣|😜|😝|😆|😅/u;

/** Said once a problem is over; emoji are fine from then on. */
export const SOLVED = words([
  'resolved',
  'solved',
  'fixed',
  'sorted',
  'all set',
  'back (?:up|online|to normal)',
  'risolt[oa]',
  'sistemat[oa]',
  'tutto a posto',
  'di nuovo (?:attivo|online|funzionante)',
  'è tornato',
  'rimborsato',
  'consegnato',
]);

export const THANKS = words([
  'thanks',
  'thank you',
  'thx',
  'grazie',
  'ti ringrazio',
  'la ringrazio',
  'vi ringraziamo',
  'ringraziarti',
  'ringraziarla',
]);

export const REWARD = words([
  'discount',
  'code',
  'gift',
  'voucher',
  'coupon',
  'priority',
  'feature',
  'share',
  'review',
  'tag us',
  'pass (?:it|your) on',
  'sconto',
  'codice',
  'regalo',
  'buono',
  'priorità',
  'condividi',
  'condivida',
  'ripubblic\\w+',
  'recensione',
  'tagga',
  'tagghi',
  'giriamo',
  'team',
]);

export const EMOJI = /\p{Extended_Pictographic}/u;
