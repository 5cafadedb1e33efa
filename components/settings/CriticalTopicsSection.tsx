import type { Department } from '@/lib/shared/settings';
import { fieldId, ListField, SelectField, TextField } from './fields';
import { buttonClass, Section } from './Section';
import { newId } from './new-id';
import type { SectionProps } from './section-props';
import { useFocusNext } from './use-focus-next';

type Topic = SectionProps<'criticalTopics'>['value'][number];

export function CriticalTopicsSection({
  value,
  onChange,
  t,
  errorFor,
  departments,
}: SectionProps<'criticalTopics'> & { departments: Department[] }) {
  const focusNext = useFocusNext();

  const update = (index: number, patch: Partial<Topic>) =>
    onChange(value.map((topic, i) => (i === index ? { ...topic, ...patch } : topic)));
  const add = () => {
    const id = newId(
      'topic',
      value.map((topic) => topic.id),
    );
    focusNext(fieldId(`criticalTopics[${value.length}].label`));
    onChange([...value, { id, label: '', phrases: [] }]);
  };
  const remove = (index: number) => {
    focusNext('add-critical-topic');
    onChange(value.filter((_, i) => i !== index));
  };
  const departmentOptions = [
    { value: '', label: t('noDepartment') },
    ...departments.map((department) => ({ value: department.id, label: department.name || department.id })),
  ];

  return (
    <Section id="critical" title={t('criticalTitle')} hint={t('criticalHint')}>
      {errorFor('criticalTopics') && <p className="text-sm font-medium text-red-700">{errorFor('criticalTopics')}</p>}
      <ul className="grid gap-3" data-testid="critical-topics">
        {value.map((topic, index) => {
          const path = `criticalTopics[${index}]`;
          return (
            <li key={topic.id} className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[1fr_2fr]">
              <div className="grid content-start gap-3">
                <TextField
                  path={`${path}.label`}
                  label={t('topicLabel')}
                  value={topic.label}
                  onChange={(label) => update(index, { label })}
                  error={errorFor(`${path}.label`) ?? errorFor(`${path}.id`)}
                />
                <SelectField
                  path={`${path}.department`}
                  label={t('topicDepartment')}
                  value={topic.department ?? ''}
                  options={departmentOptions}
                  onChange={(department) => update(index, { department: department || undefined })}
                />
                <button type="button" className={`${buttonClass} justify-self-start`} onClick={() => remove(index)}>
                  {t('removeTopic', { name: topic.label || t('untitled') })}
                </button>
              </div>
              <ListField
                path={`${path}.phrases`}
                label={t('topicPhrases')}
                hint={t('topicPhrasesHint')}
                rows={5}
                values={topic.phrases}
                onChange={(phrases) => update(index, { phrases })}
                error={errorFor(`${path}.phrases`)}
              />
            </li>
          );
        })}
      </ul>
      <button id="add-critical-topic" type="button" className={`${buttonClass} justify-self-start`} onClick={add}>
        {t('addTopic')}
      </button>
    </Section>
  );
}
