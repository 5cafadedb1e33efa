import { describe, expect, it } from 'vitest';
import { buildTemplateVars, firstNameOf } from '@/lib/shared/templates/build-vars';
import { renderTemplate } from '@/lib/shared/templates/render';
import { requiredVariables, unknownVariables } from '@/lib/shared/templates/variables';

describe('renderTemplate', () => {
  it.each([
    ['Hi {first_name}!', { first_name: 'Maria' }, 'Hi Maria!', []],
    ['Ciao {first_name|a te}', {}, 'Ciao a te', []],
    ['Ciao {first_name|a te}', { first_name: 'Luca' }, 'Ciao Luca', []],
    ['Order {order}, {brand}', { brand: 'Acme' }, 'Order {order}, Acme', ['order']],
    ['{agent|}', {}, '', []],
    ['Hi {name}', { name: '   ' }, 'Hi {name}', ['name']],
    ['{brand} {brand}', {}, '{brand} {brand}', ['brand']],
    ['No variables here.', {}, 'No variables here.', []],
  ])('%s with %j → %s', (body, vars, text, missing) => {
    const result = renderTemplate(body, vars);
    expect(result.text).toBe(text);
    expect(result.missing).toEqual(missing);
  });

  it('splits the body into segments that mark missing variables for highlighting', () => {
    const { segments } = renderTemplate('Hi {name}, order {order}.', { name: 'Ann' });
    expect(segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'name', value: 'Ann', missing: false },
      { kind: 'text', text: ', order ' },
      { kind: 'variable', name: 'order', value: '{order}', missing: true },
      { kind: 'text', text: '.' },
    ]);
  });

  it('trims a trailing empty signature', () => {
    expect(renderTemplate('Thanks! {agent|}', {}).text).toBe('Thanks!');
  });
});

describe('variables', () => {
  it('finds unknown variables (typos) and required ones', () => {
    expect(unknownVariables('Ciao {nome}, {brand} {ordine|x}')).toEqual(['nome', 'ordine']);
    expect(requiredVariables('{first_name|ciao} {order} {order} {agent|}')).toEqual(['order']);
  });
});

describe('buildTemplateVars', () => {
  const settings = { brand: { names: ['Acme'], agentSignature: '^Giulia', privateChannelLink: 'https://m.me/acme' } };

  it('fills name, first name and @handle on X, brand, agent and channel from settings', () => {
    const vars = buildTemplateVars({ platform: 'x', authorName: 'Maria Rossi', authorHandle: 'mrossi' }, settings);
    expect(vars).toMatchObject({
      name: 'Maria',
      first_name: 'Maria',
      handle: '@mrossi',
      brand: 'Acme',
      agent: '^Giulia',
      channel_link: 'https://m.me/acme',
    });
    expect(vars.order).toBeUndefined();
  });

  it('uses the display name as the mention on Facebook and accepts typed values', () => {
    const vars = buildTemplateVars(
      { platform: 'facebook', authorName: 'Luca Bianchi', authorHandle: 'https://facebook.com/luca' },
      undefined,
      { order: '12345', department: '' },
    );
    expect(vars.handle).toBe('Luca Bianchi');
    expect(vars.order).toBe('12345');
    expect(vars.department).toBeUndefined();
    expect(vars.brand).toBeUndefined();
  });

  it.each([
    ['Dott. Maria Rossi', 'Maria'],
    ['MARIO BIANCHI', 'Mario'],
    ['giulia', 'Giulia'],
    ["D'Angelo Rossi", "D'Angelo"],
    ['mario_88', undefined],
    ['🌸🌸', undefined],
    ['', undefined],
  ])('first name of %j is %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
