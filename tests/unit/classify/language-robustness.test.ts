import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/shared/classify';

describe('language and register', () => {
  it.each([
    ['it', 'Buongiorno, vorrei sapere quando arriva il mio ordine perché è già passata una settimana'],
    ['it', 'raga ma sto pacco quando arriva??'],
    ['en', 'Hi, when will my order arrive? It has been a week already'],
    ['en', 'ugh delayed AGAIN, third time this week'],
    ['other', 'Hola, cuándo llega mi pedido? Gracias'],
  ])('%s: %s', (lang, text) => {
    expect(classify(text).language).toBe(lang);
  });

  it('Italian register: Lei vs tu', () => {
    expect(
      classify('Buongiorno, Le scrivo per chiederLe cortesemente un aggiornamento. Cordiali saluti').register,
    ).toBe('lei');
    expect(classify('Ciao, mi puoi dire se hai ancora la felpa in taglia M?').register).toBe('tu');
    expect(classify('Hi, do you have it in size M?').register).toBeUndefined();
  });
});

describe('robust text handling: never throws', () => {
  it('empty and blank text → other with zero confidence', () => {
    for (const text of ['', '   ', '\n\t']) {
      const c = classify(text);
      expect(c.category).toBe('other');
      expect(c.confidence).toBe(0);
      expect(c.urgent.flag).toBe(false);
    }
  });

  it('non-string input does not throw', () => {
    expect(classify(undefined as unknown as string).category).toBe('other');
    expect(classify(null as unknown as string).confidence).toBe(0);
  });

  it('100,000 characters are answered in under 5 ms', () => {
    const long = 'Il pacco non arriva e nessuno risponde. '.repeat(2600).slice(0, 100_000);
    // Steady state, as in the content script that classifies every visible comment (JIT warmed up).
    for (let i = 0; i < 20; i++) classify(long);
    const times: number[] = [];
    let c = classify(long);
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      c = classify(long);
      times.push(performance.now() - start);
    }
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(5);
    expect(c.category).toBe('complaint');
  });

  it('HTML-looking text is just text', () => {
    const c = classify('<script>alert("x")</script><b>Ordine</b> mai arrivato &amp; nessuna risposta');
    expect(c.category).toBe('complaint');
  });

  it('emoji, elongations, caps, elisions and accents are normalised', () => {
    expect(classify('graziee milleeee siete i miglioriii 😍😍').category).toBe('praise');
    expect(classify('NOOOO ANCORA IN RITARDO!!! VERGOGNA').category).toBe('complaint');
    const a = classify("perche' l'ordine non e' arrivato?");
    const b = classify("perché l'ordine non è arrivato?");
    expect(a.category).toBe(b.category);
    expect(a.scores.complaint).toBeCloseTo(b.scores.complaint, 2);
  });

  it('URLs, mentions and hashtags do not break classification', () => {
    const c = classify('@BrandIT #fail ordine 48213 mai arrivato https://example.com/track?id=48213');
    expect(c.category).toBe('complaint');
    expect(classify('Clicca qui bit.ly/vinci-ora per vincere un iPhone gratis!!').category).toBe('spam');
  });
});
