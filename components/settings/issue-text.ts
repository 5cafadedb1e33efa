import type { FieldIssue } from '@/lib/shared/settings';
import type { Translate } from './section-props';

const NUMBER = /(-?\d+)/;

/** Turns a schema issue into a short translated sentence for the field it belongs to. */
export function issueText(issue: FieldIssue, t: Translate): string {
  const bound = NUMBER.exec(issue.message)?.[1];
  if (/same id|listed twice/i.test(issue.message)) return t('errDuplicate');
  if (/time zone/i.test(issue.message)) return t('errTimeZone');
  if (/HH:MM/.test(issue.message)) return t('errTime');
  if (/email/i.test(issue.message)) return t('errEmail');
  switch (issue.code) {
    case 'too_small':
      return /string|array/i.test(issue.message) && bound === '1'
        ? t('errRequired')
        : t('errTooSmall', { minimum: bound ?? '?' });
    case 'too_big':
      return t('errTooBig', { maximum: bound ?? '?' });
    case 'invalid_type':
      return /undefined/.test(issue.message) ? t('errRequired') : t('errInvalid');
    default:
      return t('errInvalid');
  }
}
