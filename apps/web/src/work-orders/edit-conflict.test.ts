import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import { changedBody, conflictChanges, conflictCurrent, editValuesOf, rebaseDraft } from './edit-conflict.ts';

const base = editValuesOf({ complaint: 'Kombi su akıtıyor', diagnosis: null, workDone: null });

describe('editing a work order against a version', () => {
  it('sends only changed fields, emptied ones as null', () => {
    const draft = { ...base, diagnosis: ' Pompa contası yırtık ', complaint: 'Kombi su akıtıyor' };
    expect(changedBody(base, draft, ['complaint', 'diagnosis', 'workDone'])).toEqual({
      diagnosis: 'Pompa contası yırtık',
    });
    const withDiagnosis = { ...base, diagnosis: 'x' };
    expect(changedBody(withDiagnosis, { ...withDiagnosis, diagnosis: '' }, ['diagnosis'])).toEqual({
      diagnosis: null,
    });
  });

  it('lists what changed meanwhile and which edits collide', () => {
    const theirs = { ...base, diagnosis: 'Basınç düşük', workDone: 'Conta değişti' };
    const draft = { ...base, diagnosis: 'Pompa arızalı' };
    expect(conflictChanges(base, theirs, draft)).toEqual([
      { field: 'diagnosis', theirs: 'Basınç düşük', mine: 'Pompa arızalı', collides: true },
      { field: 'workDone', theirs: 'Conta değişti', mine: '', collides: false },
    ]);
  });

  it('redoes the user edits on top of the new version', () => {
    const theirs = { ...base, workDone: 'Conta değişti' };
    const draft = { ...base, diagnosis: 'Pompa arızalı' };
    expect(rebaseDraft(base, theirs, draft)).toEqual({
      ...base,
      workDone: 'Conta değişti',
      diagnosis: 'Pompa arızalı',
    });
  });

  it('reads the current record from a 409 answer', () => {
    const problem = {
      type: 'x',
      title: 'Conflict',
      status: 409,
      code: 'CONFLICT',
      detail: '',
      current: { version: 4 },
    };
    expect(conflictCurrent(new ApiError(409, problem))).toEqual({ version: 4 });
    expect(conflictCurrent(new ApiError(422, { ...problem, status: 422 }))).toBeNull();
  });
});
