import type { Template } from '../schema';
import { complaintDefaults } from './complaints';
import { praiseDefaults } from './praise';
import { questionDefaults } from './questions';
import { otherDefaults, spamDefaults, trollDefaults } from './troll-spam-other';

/** The library CareSide ships with: every category, the common topics, English and Italian (tu and Lei). */
export function defaultTemplates(): Template[] {
  return structuredClone([
    ...complaintDefaults,
    ...praiseDefaults,
    ...questionDefaults,
    ...trollDefaults,
    ...spamDefaults,
    ...otherDefaults,
  ]);
}
