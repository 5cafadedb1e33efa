import { describe, expect, it } from 'vitest';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { cleanReplyValue, deriveFirstName } from '@/lib/shared/templates/person-name';
import { renderTemplate } from '@/lib/shared/templates/render';
import { withoutVariable } from '@/lib/shared/templates/without-name';

describe('the name a public reply greets with', () => {
  it.each([
    // plain, in any case
    ['Mario Rossi', 'Mario'],
    ['MARIO ROSSI', 'Mario'],
    ['mario rossi', 'Mario'],
    ['Emily Carter', 'Emily'],
    ['Gianni', 'Gianni'],
    ['Marco B.', 'Marco'],
    // emoji, symbols, shop and page suffixes after a separator
    ['Mario | Official Store 🔥', 'Mario'],
    ['Sara L. 🌻', 'Sara'],
    ['Paolo 🇮🇹', 'Paolo'],
    ['Chiara ✨ | Beauty Blogger', 'Chiara'],
    ['Francesca - Shop online', 'Francesca'],
    ['Luca (Milano)', 'Luca'],
    ['★ Giorgia ★', 'Giorgia'],
    ['𝓜𝓪𝓻𝓲𝓸 𝓡𝓸𝓼𝓼𝓲', 'Mario'],
    // titles
    ['Dott.ssa Anna Bianchi', 'Anna'],
    ['Dott. Maria Rossi', 'Maria'],
    ['Dr. John Smith', 'John'],
    ['Mrs Emily Carter', 'Emily'],
    ['Avv. Paolo Verdi', 'Paolo'],
    ['Prof.ssa Laura Neri', 'Laura'],
    // double first names, hyphens, apostrophes
    ['Maria Grazia Rossi', 'Maria Grazia'],
    ['Maria Grazia', 'Maria Grazia'],
    ['GIAN LUCA FERRI', 'Gian Luca'],
    ['Anna Maria Colombo', 'Anna Maria'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['ANNA-MARIA ROSSI', 'Anna-Maria'],
    ["Mario D'Amico", 'Mario'],
    ["Sean O'Brien", 'Sean'],
    ["D'Angelo Rossi", "D'Angelo"],
    // other scripts with capital letters
    ['Алексей Иванов', 'Алексей'],
    ['Γιώργος Παπαδόπουλος', 'Γιώργος'],
    ['Zoë Müller', 'Zoë'],
  ])('%j → %j', (display, name) => {
    expect(deriveFirstName(display).name).toBe(name);
  });

  it.each([
    // handles and nicknames: a suggestion to confirm, never a sure name
    ['@mario_88', 'Mario'],
    ['mario_88', 'Mario'],
    ['mario.rossi', 'Mario'],
    ['LUCA_BIANCHI_', 'Luca'],
    // surname first
    ["D'Amico Mario", 'Mario'],
    ["O'Brien Kate", 'Kate'],
    ['De Luca Anna', 'Anna'],
    // a person and a page suffix with no separator
    ['John Smith Official', 'John'],
    // scripts with no capital letters: where the given name sits can't be told
    ['山田太郎', '山田太郎'],
    ['محمد علي', 'محمد علي'],
    ['김민준', '김민준'],
  ])('%j is unsure, suggesting %j', (display, suggestion) => {
    expect(deriveFirstName(display)).toEqual({ suggestion });
  });

  it.each([
    'Pizzeria Da Gino',
    'TechShop Italia',
    'Acme Italia',
    'Ristorante Il Gabbiano',
    'Farmacia Centrale S.r.l.',
    'Bakery & Co',
    'Guadagna Da Casa',
    'Ciao Sono Marco Tanto Bello',
    'www.shop.it',
    'M. Rossi',
    'J.R. Smith',
    'Dott. Rossi',
    'Sig.ra Bianchi',
    '🌸🌸',
    '   ',
    '',
  ])('%j: no name and nothing to suggest', (display) => {
    expect(deriveFirstName(display)).toEqual({});
  });

  it('every value that reaches a public reply is one clean line', () => {
    expect(cleanReplyValue('Acme\u202E evil\u200B\nline two\t ')).toBe('Acme evil line two');
    expect(cleanReplyValue('x'.repeat(500))).toHaveLength(200);
    const vars = buildTemplateVars(
      { platform: 'facebook', authorName: 'Mario | Official Store 🔥\u202E', authorHandle: '' },
      {
        brand: {
          names: ['  Acme\nItalia '],
          agentSignature: '^Giulia\u200B',
          privateChannelLink: ' https://m.me/acme ',
        },
      },
      { order: ' 123\n45 ', department: '\u202Ebilling' },
    );
    expect(vars).toEqual({
      name: 'Mario',
      first_name: 'Mario',
      handle: 'Mario | Official Store',
      brand: 'Acme Italia',
      agent: '^Giulia',
      channel_link: 'https://m.me/acme',
      order: '123 45',
      department: 'billing',
    });
    // X: only a well-formed handle becomes the mention.
    expect(buildTemplateVars({ platform: 'x', authorName: 'A', authorHandle: 'not a handle!' }).handle).toBeUndefined();
  });

  it('a reply to an unsure name keeps {first_name} for the user to fill, instead of greeting the shop', () => {
    const vars = buildTemplateVars({ platform: 'x', authorName: 'Pizzeria Da Gino', authorHandle: 'dagino' });
    const rendered = renderTemplate('Hi {first_name}, thanks!', vars);
    expect(rendered.missing).toEqual(['first_name']);
    expect(rendered.text).not.toContain('Pizzeria');
  });
});

describe('greeting without a name', () => {
  it.each([
    ['Hi {first_name}, our stores are open.', 'Hi, our stores are open.'],
    ['Thank you so much, {first_name}! Messages like yours', 'Thank you so much! Messages like yours'],
    ['So glad you love it, thank you {first_name}! If you', 'So glad you love it, thank you! If you'],
    ['Ciao {first_name}, al momento è esaurito.', 'Ciao, al momento è esaurito.'],
    ['Grazie, {first_name}! Per ringraziarti', 'Grazie! Per ringraziarti'],
    ['Gentile {name}, i negozi sono aperti.', 'Gentile cliente, i negozi sono aperti.'],
  ])('%j → %j', (draft, expected) => {
    const name = draft.includes('{name}') ? 'name' : 'first_name';
    expect(withoutVariable(draft, name)).toBe(expected);
  });
});
