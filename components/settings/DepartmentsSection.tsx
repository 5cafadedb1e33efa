import { HANDOFF_PLACEHOLDERS } from '@/lib/shared/settings';
import { fieldId, NumberField, TextArea, TextField } from './fields';
import { buttonClass, Section } from './Section';
import { newId } from './new-id';
import type { SectionProps } from './section-props';
import { useFocusNext } from './use-focus-next';

type Department = SectionProps<'departments'>['value'][number];

export function DepartmentsSection({ value, onChange, t, errorFor }: SectionProps<'departments'>) {
  const focusNext = useFocusNext();
  const update = (index: number, patch: Partial<Department>) =>
    onChange(value.map((department, i) => (i === index ? { ...department, ...patch } : department)));
  const add = () => {
    focusNext(fieldId(`departments[${value.length}].name`));
    const template = value[0]?.handoffTemplate ?? '{summary}';
    onChange([
      ...value,
      {
        id: newId(
          'dept',
          value.map((d) => d.id),
        ),
        name: '',
        email: '',
        handoffTemplate: template,
        answerHours: 24,
      },
    ]);
  };
  const remove = (index: number) => {
    focusNext('add-department');
    onChange(value.filter((_, i) => i !== index));
  };
  const placeholders = HANDOFF_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

  return (
    <Section id="departments" title={t('departmentsTitle')} hint={t('departmentsHint')}>
      <ul className="grid gap-3">
        {value.map((department, index) => {
          const path = `departments[${index}]`;
          return (
            <li
              key={department.id}
              className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[1fr_2fr]"
            >
              <div className="grid content-start gap-3">
                <TextField
                  path={`${path}.name`}
                  label={t('deptName')}
                  value={department.name}
                  onChange={(name) => update(index, { name })}
                  error={errorFor(`${path}.name`) ?? errorFor(`${path}.id`)}
                />
                <TextField
                  path={`${path}.email`}
                  type="email"
                  label={t('deptEmail')}
                  value={department.email}
                  onChange={(email) => update(index, { email })}
                  error={errorFor(`${path}.email`)}
                />
                <NumberField
                  path={`${path}.answerHours`}
                  label={t('deptAnswerHours')}
                  hint={t('deptAnswerHoursHint')}
                  min={1}
                  max={720}
                  value={department.answerHours}
                  onChange={(answerHours) => update(index, { answerHours })}
                  error={errorFor(`${path}.answerHours`)}
                />
                <button type="button" className={`${buttonClass} justify-self-start`} onClick={() => remove(index)}>
                  {t('removeDepartment', { name: department.name || t('untitled') })}
                </button>
              </div>
              <TextArea
                path={`${path}.handoffTemplate`}
                label={t('deptTemplate')}
                hint={t('deptTemplateHint', { placeholders })}
                rows={6}
                value={department.handoffTemplate}
                onChange={(handoffTemplate) => update(index, { handoffTemplate })}
                error={errorFor(`${path}.handoffTemplate`)}
              />
            </li>
          );
        })}
      </ul>
      <button id="add-department" type="button" className={`${buttonClass} justify-self-start`} onClick={add}>
        {t('addDepartment')}
      </button>
    </Section>
  );
}
