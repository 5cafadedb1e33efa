import { defineDefault } from './define';

/** Praise: thank publicly and by name, be specific, and turn happy customers into advocates. */
export const praiseDefaults = [
  defineDefault({
    id: 'praise-thanks',
    title: 'Thanks by name',
    category: 'praise',
    topics: ['generic'],
    why: {
      en: 'Public, personal thanks: the customer feels recognised, others see a brand that listens.',
      it: 'Un grazie pubblico e personale: il cliente si sente riconosciuto, gli altri vedono un brand che ascolta.',
    },
    en: 'Thank you so much, {first_name}! Messages like yours make our day, and we’ll share it with the whole team 😊 {agent|}',
    tu: 'Grazie di cuore, {first_name}! Messaggi come il tuo ci fanno la giornata: lo condividiamo con tutto il team 😊 {agent|}',
    lei: 'Grazie di cuore, {name}! Messaggi come il Suo ci fanno la giornata: lo condivideremo con tutto il team 😊 {agent|}',
  }),
  defineDefault({
    id: 'praise-reward',
    title: 'Thanks + a small reward',
    category: 'praise',
    topics: ['generic'],
    why: {
      en: 'A reward (discount, priority) turns a happy customer into a loyal one.',
      it: 'Una ricompensa (sconto, priorità) trasforma un cliente soddisfatto in un cliente fedele.',
    },
    en: 'Thank you, {first_name}! To say thanks properly we’ve sent you a small gift in DM: a discount code for your next order 🎁 {agent|}',
    tu: 'Grazie, {first_name}! Per ringraziarti come si deve ti abbiamo mandato in privato un piccolo regalo: un codice sconto per il prossimo ordine 🎁 {agent|}',
    lei: 'Grazie, {name}! Per ringraziarLa come si deve Le abbiamo inviato in privato un piccolo regalo: un codice sconto per il prossimo ordine 🎁 {agent|}',
  }),
  defineDefault({
    id: 'praise-product',
    title: 'Loves the product',
    category: 'praise',
    topics: ['product_defect', 'availability', 'generic'],
    why: {
      en: 'Specific thanks plus an invitation to share: recognition and advocacy in one line.',
      it: 'Grazie specifico più un invito a condividere: riconoscimento e passaparola in una riga.',
    },
    en: 'So glad you love it, thank you {first_name}! If you feel like it, share a photo and tag {brand|us}: we’d love to feature it 😊 {agent|}',
    tu: 'Che bello che ti piaccia, grazie {first_name}! Se ti va, condividi una foto e tagga {brand|il nostro profilo}: ci farebbe piacere ripubblicarla 😊 {agent|}',
    lei: 'Siamo felici che Le piaccia, grazie {name}! Se vuole, condivida una foto e tagghi {brand|il nostro profilo}: ci farebbe piacere ripubblicarla 😊 {agent|}',
  }),
  defineDefault({
    id: 'praise-fast-delivery',
    title: 'Happy with a fast delivery',
    category: 'praise',
    topics: ['delivery', 'shipping_abroad'],
    why: {
      en: 'Thanks by name and passes the praise to the people who earned it.',
      it: 'Ringrazia per nome e gira i complimenti a chi li ha meritati.',
    },
    en: 'Thanks, {first_name}! Our warehouse team will be happy to hear it arrived so quickly. Enjoy your order 📦 {agent|}',
    tu: 'Grazie, {first_name}! Il nostro magazzino sarà contento di sapere che è arrivato così in fretta. Goditi il tuo ordine 📦 {agent|}',
    lei: 'Grazie, {name}! Il nostro magazzino sarà contento di sapere che il Suo ordine è arrivato così in fretta. Buon utilizzo 📦 {agent|}',
  }),
  defineDefault({
    id: 'praise-staff',
    title: 'Praise for a person on the team',
    category: 'praise',
    topics: ['store_hours', 'generic'],
    why: {
      en: 'Naming the colleague makes the thanks real and motivates the team.',
      it: 'Citare il collega rende il grazie concreto e motiva il team.',
    },
    en: 'Thank you, {first_name}! We’ll pass your kind words on to our colleague: this is the kind of feedback that makes the team proud 🙌 {agent|}',
    tu: 'Grazie, {first_name}! Giriamo le tue parole al nostro collega: sono i messaggi che rendono orgoglioso il team 🙌 {agent|}',
    lei: 'Grazie, {name}! Giriamo le Sue parole al nostro collega: sono i messaggi che rendono orgoglioso il team 🙌 {agent|}',
  }),
  defineDefault({
    id: 'praise-review-invite',
    title: 'Thanks + invite to leave a review',
    category: 'praise',
    topics: ['generic'],
    why: {
      en: 'Happy customers become advocates when you make it easy for them.',
      it: 'I clienti soddisfatti diventano sostenitori se glielo rendi facile.',
    },
    en: 'Thank you, {first_name}, this means a lot! If you have a minute, a review on our page would help other people choose us too 🙏 {agent|}',
    tu: 'Grazie, {first_name}, ci fa davvero piacere! Se hai un minuto, una recensione sulla nostra pagina aiuterebbe anche altre persone a sceglierci 🙏 {agent|}',
    lei: 'Grazie, {name}, ci fa davvero piacere! Se ha un minuto, una Sua recensione sulla nostra pagina aiuterebbe anche altre persone a sceglierci 🙏 {agent|}',
  }),
];
