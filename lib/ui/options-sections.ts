/** The options page's sections, in menu order, one URL hash each (#practice/it-01 opens one at an item). */
export const OPTIONS_SECTIONS = ['dashboard', 'followups', 'practice', 'templates', 'settings'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];
