import { BrandFactsFields } from './BrandFactsFields';
import { ListField, TextField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

export function BrandSection({ value, onChange, t, errorFor }: SectionProps<'brand'>) {
  const set = (patch: Partial<typeof value>) => onChange({ ...value, ...patch });
  return (
    <Section id="brand" title={t('brandTitle')} hint={t('brandHint')}>
      <ListField
        path="brand.names"
        label={t('brandNames')}
        hint={t('brandNamesHint')}
        rows={2}
        values={value.names}
        onChange={(names) => set({ names })}
        error={errorFor('brand.names')}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <ListField
          path="brand.ownHandles.x"
          label={t('ownX')}
          hint={t('ownHandlesHint')}
          rows={2}
          values={value.ownHandles.x}
          onChange={(x) => set({ ownHandles: { ...value.ownHandles, x } })}
          error={errorFor('brand.ownHandles.x')}
        />
        <ListField
          path="brand.ownHandles.facebook"
          label={t('ownFacebook')}
          hint={t('ownHandlesHint')}
          rows={2}
          values={value.ownHandles.facebook}
          onChange={(facebook) => set({ ownHandles: { ...value.ownHandles, facebook } })}
          error={errorFor('brand.ownHandles.facebook')}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          path="brand.agentSignature"
          label={t('agentSignature')}
          hint={t('agentSignatureHint')}
          value={value.agentSignature}
          onChange={(agentSignature) => set({ agentSignature })}
          error={errorFor('brand.agentSignature')}
        />
        <TextField
          path="brand.privateChannelLink"
          label={t('privateChannelLink')}
          hint={t('privateChannelLinkHint')}
          value={value.privateChannelLink}
          onChange={(privateChannelLink) => set({ privateChannelLink })}
          error={errorFor('brand.privateChannelLink')}
        />
      </div>
      <BrandFactsFields value={value.facts} onChange={(facts) => set({ facts })} errorFor={errorFor} />
    </Section>
  );
}
