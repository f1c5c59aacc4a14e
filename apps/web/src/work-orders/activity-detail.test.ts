import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import recordsTr from '../i18n/records.tr.json';
import { activityDetail } from './activity-detail.ts';

beforeAll(async () => {
  await i18n.init({
    lng: 'tr',
    resources: { tr: { translation: recordsTr } },
    interpolation: { escapeValue: false },
  });
});

describe('activity detail', () => {
  it('names the fields an edit changed', () => {
    expect(activityDetail({ kind: 'edit', data: { fields: ['diagnosis', 'workDone'] } }, i18n.t)).toBe(
      'Değişen: Teknisyen tespiti, Yapılan işler',
    );
  });

  it('says who approved and how', () => {
    expect(
      activityDetail(
        { kind: 'approval', data: { method: 'signature', approvedBy: 'Gülşen Öztürk' } },
        i18n.t,
      ),
    ).toBe('İmza · Gülşen Öztürk');
    expect(activityDetail({ kind: 'note', data: {} }, i18n.t)).toBeNull();
  });
});
