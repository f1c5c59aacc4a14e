import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconPlus, IconSubtask } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { Skill } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSkill, updateSkill } from '../../api/planning-api.ts';
import { errorMessage, notifySuccess } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { PageLoader } from '../../pages/PageStates.tsx';
import { useInvalidatePlanning, useSkills } from '../use-planning.ts';
import { SettingsSectionHeader } from './SettingsSectionHeader.tsx';

type Editing = { skill: Skill | null; parentId: string | null };

/** Ayarlar → Yetkinlikler: the company's skill tree, with levels. */
export function SkillsPage() {
  const { t, i18n } = useTranslation();
  const canWrite = useCan('planning:write');
  const skills = useSkills();
  const [editing, setEditing] = useState<Editing | null>(null);
  const items = skills.data?.items ?? [];
  const depth = depthOf(items);
  const name = (skill: Skill) =>
    i18n.resolvedLanguage === 'en' ? (skill.nameEn ?? skill.nameTr) : skill.nameTr;

  return (
    <>
      <SettingsSectionHeader
        title={t('planning.settings.skills.title')}
        subtitle={t('planning.settings.skills.subtitle')}
        canWrite={canWrite}
        action={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ skill: null, parentId: null })}
            data-testid="skill-new"
          >
            {t('planning.settings.skills.new')}
          </Button>
        }
      />
      {skills.isPending ? (
        <PageLoader />
      ) : skills.isError ? (
        <Alert color="red" title={t('planning.settings.loadFailed')}>
          {errorMessage(skills.error)}
        </Alert>
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('planning.settings.skills.empty')}</Text>
      ) : (
        <Paper withBorder p={0} data-testid="skill-tree">
          {items.map((skill) => (
            <Group
              key={skill.id}
              justify="space-between"
              px="md"
              py={8}
              style={{
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                paddingLeft: 16 + (depth.get(skill.id) ?? 0) * 28,
              }}
              data-testid="skill-row"
              data-code={skill.code}
            >
              <Group gap="sm">
                {(depth.get(skill.id) ?? 0) > 0 && (
                  <IconSubtask size={14} color="var(--mantine-color-gray-5)" />
                )}
                <Text
                  fw={(depth.get(skill.id) ?? 0) === 0 ? 650 : 400}
                  c={skill.active ? undefined : 'dimmed'}
                >
                  {name(skill)}
                </Text>
                <Text fz="xs" c="dimmed" ff="monospace">
                  {skill.code}
                </Text>
                <Badge variant="light" color="gray" size="sm">
                  {t('planning.settings.skills.levels', { count: skill.maxLevel })}
                </Badge>
                {!skill.active && (
                  <Badge color="gray" size="sm">
                    {t('planning.settings.skills.inactive')}
                  </Badge>
                )}
              </Group>
              {canWrite && (
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('planning.settings.skills.newChild')}
                    title={t('planning.settings.skills.newChild')}
                    onClick={() => setEditing({ skill: null, parentId: skill.id })}
                  >
                    <IconPlus size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('planning.settings.skills.edit')}
                    title={t('planning.settings.skills.edit')}
                    onClick={() => setEditing({ skill, parentId: skill.parentId })}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          ))}
        </Paper>
      )}
      {editing && <SkillModal editing={editing} skills={items} onClose={() => setEditing(null)} />}
    </>
  );
}

/** Depth of each node: the list comes parents first, so one pass suffices. */
function depthOf(items: Skill[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const skill of items) depth.set(skill.id, skill.parentId ? (depth.get(skill.parentId) ?? 0) + 1 : 0);
  return depth;
}

function SkillModal({
  editing,
  skills,
  onClose,
}: {
  editing: Editing;
  skills: Skill[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlanning();
  const { skill } = editing;
  const [code, setCode] = useState(skill?.code ?? '');
  const [nameTr, setNameTr] = useState(skill?.nameTr ?? '');
  const [nameEn, setNameEn] = useState(skill?.nameEn ?? '');
  const [parentId, setParentId] = useState<string | null>(editing.parentId);
  const [maxLevel, setMaxLevel] = useState<number>(skill?.maxLevel ?? 3);
  const [active, setActive] = useState(skill?.active ?? true);
  const save = useMutation({
    mutationFn: () =>
      skill
        ? updateSkill(skill.id, {
            parentId,
            nameTr,
            nameEn: nameEn.trim() || null,
            maxLevel,
            active,
            version: skill.version,
          })
        : createSkill({ parentId, code, nameTr, nameEn: nameEn.trim() || null, maxLevel, sortOrder: 0 }),
    onSuccess: () => {
      notifySuccess(t('planning.settings.saved'));
      void invalidate();
      onClose();
    },
  });
  const fieldError = (path: string) =>
    save.error && 'fieldErrors' in save.error
      ? (save.error as { fieldErrors: { path: string; message: string }[] }).fieldErrors.find(
          (e) => e.path === path,
        )?.message
      : undefined;

  return (
    <Modal
      opened
      onClose={onClose}
      title={skill ? t('planning.settings.skills.edit') : t('planning.settings.skills.new')}
    >
      <Stack gap="sm">
        <TextInput
          label={t('planning.settings.skills.code')}
          description={t('planning.settings.skills.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          disabled={skill !== null}
          error={fieldError('code')}
          data-testid="skill-code"
        />
        <TextInput
          label={t('planning.settings.skills.nameTr')}
          value={nameTr}
          onChange={(e) => setNameTr(e.currentTarget.value)}
          error={fieldError('nameTr')}
          data-testid="skill-name-tr"
          required
        />
        <TextInput
          label={t('planning.settings.skills.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
        />
        <Select
          label={t('planning.settings.skills.parent')}
          data={[
            { value: '', label: t('planning.settings.skills.noParent') },
            ...skills.filter((s) => s.id !== skill?.id).map((s) => ({ value: s.id, label: s.nameTr })),
          ]}
          value={parentId ?? ''}
          onChange={(value) => setParentId(value || null)}
          allowDeselect={false}
          error={fieldError('parentId')}
        />
        <NumberInput
          label={t('planning.settings.skills.maxLevel')}
          min={1}
          max={5}
          value={maxLevel}
          onChange={(value) => setMaxLevel(Number(value) || 1)}
        />
        {skill && (
          <Switch
            label={t('planning.settings.skills.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
        )}
        {save.error && !fieldError('code') && !fieldError('nameTr') && (
          <Alert color="red">{errorMessage(save.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('planning.settings.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="skill-save">
            {t('planning.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
