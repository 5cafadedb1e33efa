import { CheckboxField, SelectField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

export function ToneSection({ value, onChange, t }: SectionProps<'tone'>) {
  const set = (patch: Partial<typeof value>) => onChange({ ...value, ...patch });
  return (
    <Section id="tone" title={t('toneTitle')}>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          path="tone.italianRegister"
          label={t('register')}
          value={value.italianRegister}
          onChange={(italianRegister) => set({ italianRegister })}
          options={[
            { value: 'mirror', label: t('registerMirror') },
            { value: 'tu', label: t('registerTu') },
            { value: 'lei', label: t('registerLei') },
          ]}
        />
        <SelectField
          path="tone.emoji"
          label={t('emoji')}
          value={value.emoji}
          onChange={(emoji) => set({ emoji })}
          options={[
            { value: 'never', label: t('emojiNever') },
            { value: 'when_solved', label: t('emojiWhenSolved') },
            { value: 'allowed', label: t('emojiAllowed') },
          ]}
        />
        <SelectField
          path="tone.uiLanguage"
          label={t('uiLanguage')}
          value={value.uiLanguage}
          onChange={(uiLanguage) => set({ uiLanguage })}
          options={[
            { value: 'auto', label: t('uiAuto') },
            { value: 'en', label: t('uiEn') },
            { value: 'it', label: t('uiIt') },
          ]}
        />
        <SelectField
          path="tone.panelSide"
          label={t('panelSide')}
          value={value.panelSide}
          onChange={(panelSide) => set({ panelSide })}
          options={[
            { value: 'right', label: t('sideRight') },
            { value: 'left', label: t('sideLeft') },
          ]}
        />
      </div>
      <CheckboxField
        path="tone.badges"
        label={t('badges')}
        checked={value.badges}
        onChange={(badges) => set({ badges })}
      />
    </Section>
  );
}
