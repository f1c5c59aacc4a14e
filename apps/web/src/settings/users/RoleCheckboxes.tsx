import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import { STAFF_ROLES, type StaffRole } from '@usta/core/access';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { areasOpenedBy } from './roles.ts';

interface RoleCheckboxesProps {
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: ReactNode;
}

/** Seven fixed roles read better as checkboxes than hidden in a drop-down. */
export function RoleCheckboxes({ value, onChange, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const areas = areasOpenedBy(value);
  return (
    <Checkbox.Group
      label={t('users.form.roles')}
      value={value}
      onChange={(next) => onChange(STAFF_ROLES.filter((role) => next.includes(role)))}
      error={error}
      withAsterisk
      data-testid="user-form-roles"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt={6}>
        {STAFF_ROLES.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`roles.${role}`)}
            data-testid={`user-form-role-${role}`}
          />
        ))}
      </SimpleGrid>
      {value.length > 0 && (
        <Text fz="xs" c="dimmed" mt="xs">
          {areas.length > 0
            ? t('users.form.opensAreas', { areas: areas.map((area) => t(`areas.${area}.label`)).join(', ') })
            : t('users.form.opensNothing')}
        </Text>
      )}
    </Checkbox.Group>
  );
}
